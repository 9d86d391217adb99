package no.styringsdata.indicator.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The units a value can have, by wire name. */
public final class Units {

    private Units() {
    }

    public static List<String> wireNames() {
        return Arrays.stream(ValueUnit.values()).map(ValueUnit::wireName).toList();
    }

    public static Optional<ValueUnit> fromWireName(String name) {
        return Arrays.stream(ValueUnit.values()).filter(u -> u.wireName().equals(name)).findFirst();
    }
}

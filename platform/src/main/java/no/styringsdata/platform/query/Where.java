package no.styringsdata.platform.query;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** The where-clause of a filtered query, grown by the filters that are set, with its named parameters. */
public final class Where {

    private final StringBuilder clause;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Where(String start) {
        this.clause = new StringBuilder(start);
    }

    /** A clause that begins with {@code start} ("1 = 1", "from x where true"); the filters follow it. */
    public static Where start(String start) {
        return new Where(start);
    }

    /** Adds " and {@code condition}" binding {@code name} to {@code value}, unless the value is null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Appends text as it is, e.g. the opening or closing of a subquery whose filters follow. */
    public Where append(String text) {
        clause.append(text);
        return this;
    }

    /** Binds a parameter the clause names outside the filters. */
    public Where bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public Parameters parameters() {
        Parameters all = new Parameters();
        parameters.forEach(all::and);
        return all;
    }

    /** Sets every parameter on a query made from this clause. */
    public <Q extends Query> Q bindTo(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return clause.toString();
    }
}

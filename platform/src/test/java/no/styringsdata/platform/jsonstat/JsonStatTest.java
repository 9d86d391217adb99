package no.styringsdata.platform.jsonstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonStatTest {

    @Test
    void valuesAreRowMajorWithTheLastDimensionFastest() {
        JsonStat.Dataset dataset = JsonStat.dataset("Beløp", "Prop. 1 S");
        dataset.dimension("year", "År").category("2025", null).category("2026", null);
        dataset.dimension("stage", "Stadium").category("saldert", null).category("forslag", null)
                .category("regnskap", null);
        dataset.value(5, "2026", "saldert").value(7, "2025", "regnskap").role("time", "year");
        Map<String, Object> map = dataset.toMap();
        assertEquals(List.of("year", "stage"), map.get("id"));
        assertEquals(List.of(2, 3), map.get("size"));
        assertEquals(Arrays.asList(null, null, 7, 5, null, null), map.get("value"));
        assertEquals(Map.of("time", List.of("year")), map.get("role"));
        assertTrue(dataset.hasValue(dataset.cell("2026", "saldert")));
        assertFalse(dataset.hasValue(dataset.cell("2025", "saldert")));
        assertEquals(List.of("version", "class", "label", "source", "id", "size", "dimension", "value", "role"),
                List.copyOf(map.keySet()));
    }

    @Test
    void aCategoryKeepsItsFirstLabelAndAMetricItsUnit() {
        JsonStat.Dataset dataset = JsonStat.dataset(null, null);
        dataset.dimension("chapter", "Kapittel").category("740", "Helsedirektoratet").category("740", "Annet")
                .category("741", null);
        dataset.dimension("measure", "Måltall").category("amountNok", "Beløp", new JsonStat.Unit("NOK", "kr", 0));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> dimensions = (Map<String, Map<String, Object>>) dataset.toMap().get("dimension");
        assertEquals(Map.of("740", "Helsedirektoratet", "741", "741"),
                ((Map<?, ?>) dimensions.get("chapter").get("category")).get("label"));
        assertEquals(Map.of("amountNok", Map.of("label", "NOK", "symbol", "kr", "decimals", 0)),
                ((Map<?, ?>) dimensions.get("measure").get("category")).get("unit"));
    }

    @Test
    void moreCellsThanAllowedIsTooLargeNamingEachDimensionsSize() {
        JsonStat.Dataset dataset = JsonStat.dataset("Beløp", null, new JsonStat.Limit(5, "groupBy", "ask for less"));
        dataset.dimension("year", "År").category("2025", null).category("2026", null);
        dataset.dimension("stage", "Stadium").category("saldert", null).category("forslag", null)
                .category("regnskap", null);
        assertEquals(6, dataset.cellCount());
        JsonStat.TooLarge tooLarge = assertThrows(JsonStat.TooLarge.class, () -> dataset.value(1, "2025", "saldert"));
        assertEquals("the dataset would have 6 cells (year 2 × stage 3), more than the 5 allowed: ask for less",
                tooLarge.getMessage());
        assertEquals("groupBy", tooLarge.parameter());
    }

    @Test
    void aCellNeedsOneKnownCategoryPerDimension() {
        JsonStat.Dataset dataset = JsonStat.dataset("Beløp", null);
        dataset.dimension("year", "År").category("2025", null);
        assertThrows(IllegalArgumentException.class, () -> dataset.cell("2026"));
        assertThrows(IllegalArgumentException.class, () -> dataset.cell("2025", "forslag"));
    }
}

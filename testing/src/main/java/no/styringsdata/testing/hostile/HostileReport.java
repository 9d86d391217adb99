package no.styringsdata.testing.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run of hostile requests found: counts per status, and the violations with a few examples each. */
public final class HostileReport {

    private static final int EXAMPLES_PER_KIND = 5;

    private final String service;
    private final long seed;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> violationCounts = new LinkedHashMap<>();
    private final Map<String, List<String>> violationExamples = new LinkedHashMap<>();
    private final Map<String, Long> millisByOperation = new TreeMap<>();
    private int tried;
    private int rejectedWrites;
    private long millis;

    HostileReport(String service, long seed) {
        this.service = service;
        this.seed = seed;
    }

    void answered(int status) {
        tried++;
        byStatus.merge(status, 1, Integer::sum);
    }

    void unanswered() {
        tried++;
    }

    void rejectedWrite() {
        rejectedWrites++;
    }

    void violation(String kind, String example) {
        violationCounts.merge(kind, 1, Integer::sum);
        List<String> examples = violationExamples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (examples.size() < EXAMPLES_PER_KIND) {
            examples.add(example);
        }
    }

    void timed(Operation operation, long millis) {
        millisByOperation.merge(operation.toString(), millis, Long::sum);
    }

    void took(long millis) {
        this.millis = millis;
    }

    public int tried() {
        return tried;
    }

    /** Answers with a status of this class: 2 for 2xx, 4 for 4xx, 5 for 5xx. */
    public int inClass(int statusClass) {
        return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == statusClass).mapToInt(Map.Entry::getValue).sum();
    }

    private int answered() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int serverErrors() {
        return inClass(5);
    }

    public int rejectedWrites() {
        return rejectedWrites;
    }

    /** Every violation found, "kind (count): example", up to a few examples of each kind. */
    public List<String> violations() {
        List<String> all = new ArrayList<>();
        violationExamples.forEach((kind, examples) ->
                examples.forEach(example -> all.add(kind + " (" + violationCounts.get(kind) + "x): " + example)));
        return all;
    }

    @Override
    public String toString() {
        return service + ": hostile requests seed=" + seed + " tried=" + tried + " unanswered=" + (tried - answered()) + " 2xx=" + inClass(2) + " 3xx=" + inClass(3)
                + " 4xx=" + inClass(4) + " 5xx=" + inClass(5) + " rejected=" + inClass(4)
                + " (writes, database checked unchanged: " + rejectedWrites + ") by status " + byStatus
                + " violations=" + violationCounts + " in " + millis / 1000 + " s, most of it in " + slowest();
    }

    private String slowest() {
        return millisByOperation.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(entry -> entry.getKey() + " " + entry.getValue() / 1000 + " s").toList().toString();
    }
}

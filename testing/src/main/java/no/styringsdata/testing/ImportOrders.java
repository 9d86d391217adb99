package no.styringsdata.testing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Imports the same documents in every order, each order into an emptied database, and gives the database's
 * content checksum after each: a service whose imports do not depend on the order of arrival gives one
 * checksum for all.
 */
public final class ImportOrders {

    private static final Logger LOG = Logger.getLogger(ImportOrders.class);

    private ImportOrders() {
    }

    /** The checksums after each order, by checksum: one entry when every order ends in the same state. */
    public static Map<String, List<List<String>>> run(List<String> documents, Runnable reset,
                                                      Consumer<String> importDocument, Supplier<String> checksum) {
        Map<String, List<List<String>>> orders = new TreeMap<>();
        long started = System.nanoTime();
        long cpuBefore = processCpuMillis();
        List<List<String>> all = permutations(documents);
        for (List<String> order : all) {
            reset.run();
            order.forEach(importDocument);
            orders.computeIfAbsent(checksum.get(), c -> new ArrayList<>()).add(order);
        }
        LOG.infof("%d documents imported in %d orders in %d ms (this JVM, the service's and the test's: %d ms of CPU): "
                + "%d distinct end states %s", documents.size(), all.size(), (System.nanoTime() - started) / 1_000_000,
                processCpuMillis() - cpuBefore, orders.size(), orders.keySet());
        return orders;
    }

    /** CPU time of this JVM so far: on a shared machine a steadier figure than the time on the clock. */
    static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** Every order of the items. */
    public static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> orders = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                orders.add(order);
            }
        }
        return orders;
    }
}

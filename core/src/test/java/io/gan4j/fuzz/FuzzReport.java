package io.gan4j.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What one reader's fuzzing ended in: outcomes by kind, the slowest case, the largest allocation, the heap's peak. */
final class FuzzReport {
    private final String reader;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int cases, slowestCase = -1, hungriestCase = -1;
    private long slowestNanos, mostAllocated;

    FuzzReport(String reader) {
        this.reader = reader;
    }

    void success(int k, long nanos, long allocated) {
        count("success", k, nanos, allocated);
    }

    void error(int k, long nanos, long allocated, Exception e, Path file) {
        count(kind(e, file), k, nanos, allocated);
    }

    private void count(String kind, int k, long nanos, long allocated) {
        cases++;
        outcomes.merge(kind, 1, Integer::sum);
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowestCase = k;
        }
        if (allocated > mostAllocated) {
            mostAllocated = allocated;
            hungriestCase = k;
        }
    }

    /** The error's type and the start of its message, with the file and numbers taken out, so alike errors count together. */
    private static String kind(Exception e, Path file) {
        String m = e.getMessage() == null ? "" : e.getMessage().replace(file.toString(), "FILE").replace(file.getFileName().toString(), "FILE");
        m = m.replaceAll("-?\\d[\\d.,eE+-]*", "N").replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        String[] words = m.split("\\s+");
        return e.getClass().getSimpleName() + ": " + String.join(" ", List.of(words).subList(0, Math.min(words.length, 7)));
    }

    void write(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %,d cases; slowest case %d (%.1f ms); largest allocation case %d (%.1f MB); heap peak %.0f MB",
                reader, cases, slowestCase, slowestNanos / 1e6, hungriestCase, mostAllocated / 1e6, heapPeak() / 1e6));
        outcomes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %,7d  %s", e.getValue(), e.getKey())));
        Files.createDirectories(dir);
        Files.write(dir.resolve(reader.replace(' ', '-') + ".txt"), lines);
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}

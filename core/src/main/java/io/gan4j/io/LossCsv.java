package io.gan4j.io;

import io.gan4j.tensor.AtomicFiles;
import io.gan4j.tensor.TextFiles;
import io.gan4j.train.LossLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss history as CSV: a header {@code iteration,<columns>} and one row per logged
 * iteration. Numbers are written as float32 in their shortest exact form, so a file read back
 * and written again is unchanged (a resumed run rewrites the earlier rows byte for byte).
 */
public final class LossCsv {
    private LossCsv() {}

    public static void write(Path file, List<String> columns, List<LossLog.Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder("iteration,").append(String.join(",", columns)).append('\n');
        for (LossLog.Row row : rows) {
            sb.append(row.iteration());
            for (String c : columns) sb.append(',').append(Float.toString((float) row.get(c)));
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** The rows up to iteration {@code upTo}; the header must name exactly {@code columns}. */
    public static List<LossLog.Row> read(Path file, List<String> columns, int upTo) throws IOException {
        List<String> lines = TextFiles.read(file).lines().toList();
        String header = "iteration," + String.join(",", columns);
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IOException(file + ": line 1: expected the header '" + header + "', found '" + (lines.isEmpty() ? "" : lines.get(0)) + "'");
        }
        List<LossLog.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            LossLog.Row row = parse(file, i + 1, lines.get(i), columns);
            if (row.iteration() <= upTo) rows.add(row);
        }
        return rows;
    }

    private static LossLog.Row parse(Path file, int lineNumber, String line, List<String> columns) throws IOException {
        String[] cells = line.split(",", -1);
        if (cells.length != columns.size() + 1) {
            throw new IOException(file + ": line " + lineNumber + ": " + cells.length + " cells, expected " + (columns.size() + 1));
        }
        try {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) values.put(columns.get(c), (double) Float.parseFloat(cells[c + 1]));
            return new LossLog.Row(Integer.parseInt(cells[0]), values);
        } catch (NumberFormatException e) {
            throw new IOException(file + ": line " + lineNumber + ": not a number (" + e.getMessage() + ")");
        }
    }
}

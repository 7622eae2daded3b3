package io.gan4j.io;

import io.gan4j.tensor.AtomicFiles;
import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Generated examples as CSV: a header of column names, then one row per example, float32 values in shortest exact form. */
public final class SamplesCsv {
    private SamplesCsv() {}

    public static void write(Path file, List<String> columns, Tensor rows) throws IOException {
        write(file, columns, rows, null);
    }

    /** With {@code labels} (each row's class name; null for none), a last column "label". */
    public static void write(Path file, List<String> columns, Tensor rows, List<String> labels) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            print(w, columns, rows, labels);
            w.flush();
        });
    }

    /** Writes the CSV text to {@code out} (e.g. standard output); does not close it. */
    public static void print(Writer out, List<String> columns, Tensor rows) throws IOException {
        print(out, columns, rows, null);
    }

    /** As above, with each row's class name in a last column "label" when {@code labels} is not null. */
    public static void print(Writer out, List<String> columns, Tensor rows, List<String> labels) throws IOException {
        int n = rows.dim(0), d = rows.size() / Math.max(1, n);
        if (d != columns.size()) throw new IllegalArgumentException("SamplesCsv: " + columns.size() + " column names for rows of " + d + " values");
        if (labels != null && labels.size() != n) throw new IllegalArgumentException("SamplesCsv: " + labels.size() + " labels for " + n + " rows");
        out.write(String.join(",", columns.stream().map(SamplesCsv::cell).toList()));
        out.write(labels != null ? ",label\n" : "\n");
        float[] v = rows.data();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            line.setLength(0);
            for (int j = 0; j < d; j++) {
                if (j > 0) line.append(',');
                line.append(Float.toString(v[i * d + j]));
            }
            if (labels != null) line.append(',').append(cell(labels.get(i)));
            out.write(line.append('\n').toString());
        }
    }

    /** A header cell, quoted when it holds a comma or a quote. */
    private static String cell(String name) {
        return name.contains(",") || name.contains("\"") ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
    }
}

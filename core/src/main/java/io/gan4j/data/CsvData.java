package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.nio.file.Path;
import java.util.List;

/**
 * Real examples from a CSV file of numeric columns; each row is one example.
 *
 * <p>Format: UTF-8 (a byte-order mark is skipped), any number of columns. The separator is
 * taken from the first non-blank row: tab if it has one, else ';' if it has one, else ','.
 * Numbers use a decimal point ({@code 1.5}, {@code -2e-3}); decimal commas are not supported.
 * Cells may be wrapped in double quotes (which are dropped) but may not contain the separator.
 * Blank lines and lines starting with {@code #} are skipped. The first row is a header when
 * none of its cells is a number; otherwise it is data and the columns are named
 * "column 1", "column 2"... Every row must have the header's column count, and every cell
 * must be a finite number within float range; errors name the file, line and column.
 *
 * <p>{@link #sample} draws rows uniformly with replacement, in the file's units. The
 * {@link #standardizer()} is fitted on the whole file; a constant column is only centred.
 */
public final class CsvData implements RealData {
    public static final String NAME = "csv";

    private final Path file;
    private final CsvReader.Table table;
    private final Standardizer standardizer;

    private CsvData(Path file, CsvReader.Table table) {
        this.file = file;
        this.table = table;
        this.standardizer = Standardizer.fit(table());
    }

    /** Reads {@code file}; throws {@link DataFileException} for a missing, empty or malformed file. */
    public static CsvData load(Path file) {
        return new CsvData(file, CsvReader.read(file));
    }

    /**
     * Reads {@code file} with {@code labelColumn} (a header's name; blank for none) as each row's class: its values, as
     * text, are the classes in order of first appearance, and the other columns are the examples.
     */
    public static CsvData load(Path file, String labelColumn) {
        CsvData data = new CsvData(file, CsvReader.read(file, labelColumn));
        if (data.table.labels() != null && data.classNames().size() < 2) {
            throw new DataFileException(file, ": the label column '" + labelColumn + "' holds one class ('" + data.classNames().get(0)
                    + "'); a conditional model needs at least two");
        }
        return data;
    }

    public Path file() {
        return file;
    }

    /** The header's names, or "column 1".. when the file has no header. */
    public List<String> columnNames() {
        return table.columns();
    }

    public boolean hasHeader() {
        return table.header();
    }

    public char separator() {
        return table.separator();
    }

    public int rows() {
        return table.rows();
    }

    /** A copy of the whole file as {@code [rows, columns]}. */
    public Tensor table() {
        return Tensor.of(table.values().clone(), table.rows(), table.columns().size());
    }

    public Standardizer standardizer() {
        return standardizer;
    }

    /** Rows in file units to standardised units (per-column mean 0, std 1 over the file). */
    public Tensor standardize(Tensor rows) {
        return standardizer.standardize(rows);
    }

    /** Generated rows in standardised units back to the file's units. */
    public Tensor unstandardize(Tensor rows) {
        return standardizer.unstandardize(rows);
    }

    @Override
    public int[] exampleShape() {
        return new int[] {table.columns().size()};
    }

    /** {@code n} rows drawn uniformly with replacement (one {@code nextInt} each), in file units. */
    @Override
    public Tensor sample(int n, Rng rng) {
        return draw(n, rng, null);
    }

    /** The classes of the label column in order of first appearance; empty without one. */
    @Override
    public List<String> classNames() {
        return table.classes();
    }

    @Override
    public Labelled sampleLabelled(int n, Rng rng) {
        if (table.labels() == null) return RealData.super.sampleLabelled(n, rng);
        int[] labels = new int[n];
        return new Labelled(draw(n, rng, labels), labels);
    }

    /** The labels of rows drawn uniformly: the classes in the file's proportions. */
    @Override
    public int[] sampleLabels(int n, Rng rng) {
        if (table.labels() == null) return RealData.super.sampleLabels(n, rng);
        Check.sampleCount(n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = table.labels()[rng.nextInt(table.rows())];
        return labels;
    }

    private Tensor draw(int n, Rng rng, int[] labelsOut) {
        Check.sampleCount(n);
        int d = table.columns().size();
        float[] out = new float[n * d];
        for (int i = 0; i < n; i++) {
            int row = rng.nextInt(table.rows());
            System.arraycopy(table.values(), row * d, out, i * d, d);
            if (labelsOut != null) labelsOut[i] = table.labels()[row];
        }
        return Tensor.of(out, n, d);
    }

    @Override
    public String describe() {
        return NAME + ": " + file.getFileName() + ", " + rows() + " rows x " + columnNames().size() + " columns (" + String.join(", ", columnNames()) + ")";
    }
}

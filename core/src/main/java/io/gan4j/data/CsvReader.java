package io.gan4j.data;

import io.gan4j.tensor.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a numeric CSV file into a table; see {@link CsvData} for the format. */
final class CsvReader {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * What the file held: column names (from the header or made up), rows of floats, and with a label column its
     * classes (in order of first appearance) and each row's class; without one, no classes and null labels.
     */
    record Table(List<String> columns, boolean header, char separator, int rows, float[] values, List<String> classes, int[] labels) {}

    private final Path file;
    private final String labelColumn;
    private int labelIndex = -1;
    private final Map<String, Integer> classes = new LinkedHashMap<>();
    private int[] labels = new int[256];
    private List<String> names;
    private boolean header;
    private char separator;
    private int firstDataLine;
    private float[] values = new float[1024];
    private int count;

    private CsvReader(Path file, String labelColumn) {
        this.file = file;
        this.labelColumn = labelColumn == null || labelColumn.isBlank() ? null : labelColumn;
    }

    static Table read(Path file) {
        return read(file, null);
    }

    /** With {@code labelColumn} (a header's name, or null for none), that column holds each row's class, as text. */
    static Table read(Path file, String labelColumn) {
        return new CsvReader(file, labelColumn).readAll();
    }

    private Table readAll() {
        try (BufferedReader reader = new BufferedReader(new StringReader(TextFiles.read(file)))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.strip().startsWith("#")) continue;
                accept(line, lineNumber);
            }
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, ": file not found");
        } catch (TextFiles.NotUtf8Exception e) {
            throw new DataFileException(file, e.getMessage().substring(file.toString().length()));
        } catch (IOException e) {
            throw new DataFileException(file, ": cannot read: " + e.getMessage(), e);
        }
        return finish();
    }

    private void accept(String line, int lineNumber) {
        if (names == null) {
            separator = detectSeparator(line);
            List<String> cells = split(line);
            header = cells.stream().noneMatch(c -> NUMBER.matcher(c).matches());
            names = header ? headerNames(cells) : placeholderNames(cells.size());
            if (labelColumn != null) findLabelColumn(lineNumber);
            if (header) return;
            firstDataLine = lineNumber;
        }
        addRow(split(line), lineNumber);
    }

    private void findLabelColumn(int lineNumber) {
        if (!header) {
            throw new DataFileException(file, " line " + lineNumber + ": a label column ('" + labelColumn
                    + "') needs a header row naming the columns, and this row holds numbers");
        }
        labelIndex = names.indexOf(labelColumn);
        if (labelIndex < 0) {
            throw new DataFileException(file, ": no column '" + labelColumn + "' for the labels (columns: " + String.join(", ", names) + ")");
        }
        if (names.size() < 2) throw new DataFileException(file, ": the label column '" + labelColumn + "' is its only column; nothing to learn");
    }

    /** Tab if the first row has one, else ';' if it has one, else ','. */
    private static char detectSeparator(String line) {
        if (line.indexOf('\t') >= 0) return '\t';
        if (line.indexOf(';') >= 0) return ';';
        return ',';
    }

    private List<String> split(String line) {
        String[] parts = line.split(Pattern.quote(String.valueOf(separator)), -1);
        List<String> cells = new ArrayList<>(parts.length);
        for (String part : parts) cells.add(unquote(part.strip()));
        return cells;
    }

    private static String unquote(String cell) {
        boolean quoted = cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"");
        return quoted ? cell.substring(1, cell.length() - 1).strip() : cell;
    }

    private static List<String> headerNames(List<String> cells) {
        List<String> names = new ArrayList<>(cells.size());
        for (int j = 0; j < cells.size(); j++) names.add(cells.get(j).isEmpty() ? "column " + (j + 1) : cells.get(j));
        return names;
    }

    private static List<String> placeholderNames(int n) {
        List<String> names = new ArrayList<>(n);
        for (int j = 0; j < n; j++) names.add("column " + (j + 1));
        return names;
    }

    private void addRow(List<String> cells, int lineNumber) {
        if (cells.size() != names.size()) {
            throw new DataFileException(file, " line " + lineNumber + " has " + cells.size() + " columns, expected " + names.size());
        }
        if (count + cells.size() > values.length) values = Arrays.copyOf(values, Math.max(2 * values.length, count + cells.size()));
        for (int j = 0; j < cells.size(); j++) {
            if (j == labelIndex) {
                addLabel(cells.get(j), lineNumber, j);
            } else {
                values[count++] = parse(cells.get(j), lineNumber, j);
            }
        }
    }

    /** Classes are numbered in order of first appearance. */
    private void addLabel(String cell, int lineNumber, int column) {
        if (cell.isEmpty()) throw badCell(lineNumber, column, "empty label");
        int row = rowCount();
        if (row >= labels.length) labels = Arrays.copyOf(labels, 2 * labels.length);
        labels[row] = classes.computeIfAbsent(cell, c -> classes.size());
    }

    private int valuesPerRow() {
        return names.size() - (labelIndex >= 0 ? 1 : 0);
    }

    private int rowCount() {
        return count / valuesPerRow();
    }

    private float parse(String cell, int lineNumber, int column) {
        if (cell.isEmpty()) throw badCell(lineNumber, column, "empty value");
        if (!NUMBER.matcher(cell).matches()) throw badCell(lineNumber, column, "'" + cell + "' is not a number" + firstRowHint(lineNumber));
        float value = (float) Double.parseDouble(cell);
        if (!Float.isFinite(value)) throw badCell(lineNumber, column, "'" + cell + "' is beyond float range");
        return value;
    }

    private String firstRowHint(int lineNumber) {
        return lineNumber == firstDataLine && !header
                ? " (the first row was read as data because some of its cells are numbers; a header row must have none)" : "";
    }

    private DataFileException badCell(int lineNumber, int column, String problem) {
        String name = header ? " ('" + names.get(column) + "')" : "";
        return new DataFileException(file, " line " + lineNumber + ", column " + (column + 1) + name + ": " + problem);
    }

    private Table finish() {
        if (names == null) throw new DataFileException(file, " is empty: no header and no data rows");
        if (count == 0) throw new DataFileException(file, " has a header but no data rows");
        int rows = rowCount();
        List<String> columns = new ArrayList<>(names);
        if (labelIndex >= 0) columns.remove(labelIndex);
        return new Table(List.copyOf(columns), header, separator, rows, Arrays.copyOf(values, count), List.copyOf(classes.keySet()),
                labelIndex >= 0 ? Arrays.copyOf(labels, rows) : null);
    }
}

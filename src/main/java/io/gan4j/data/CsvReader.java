package io.gan4j.data;

import java.io.BufferedReader;
import io.gan4j.tensor.TextFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a numeric CSV file into a table; see {@link CsvData} for the format. */
final class CsvReader {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** What the file held: column names (from the header or made up), and rows of floats. */
    record Table(List<String> columns, boolean header, char separator, int rows, float[] values) {}

    private final Path file;
    private List<String> names;
    private boolean header;
    private char separator;
    private int firstDataLine;
    private float[] values = new float[1024];
    private int count;

    private CsvReader(Path file) {
        this.file = file;
    }

    static Table read(Path file) {
        return new CsvReader(file).readAll();
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
            if (header) return;
            firstDataLine = lineNumber;
        }
        addRow(split(line), lineNumber);
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
        for (int j = 0; j < cells.size(); j++) values[count++] = parse(cells.get(j), lineNumber, j);
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
        int rows = count / names.size();
        return new Table(List.copyOf(names), header, separator, rows, Arrays.copyOf(values, count));
    }
}

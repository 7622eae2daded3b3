package io.gan4j.train;

import io.gan4j.tensor.AtomicFiles;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run folder's {@code steering.csv}: the changes made during training, one per line as
 * {@code iteration,key,value}, written whole and atomically after every change. No file: no changes.
 */
public final class SteeringFile {
    public static final String NAME = "steering.csv";
    private static final String HEADER = "iteration,key,value";

    private SteeringFile() {}

    /** The steering of a run in {@code folder}: the changes it recorded, and new ones written there. */
    public static Steering of(RunConfig config, RunFolder folder) throws IOException {
        Path file = folder.file(NAME);
        return new Steering(config, read(file), changes -> write(file, changes));
    }

    public static List<Steering.Change> read(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + ": line 1: expected the header '" + HEADER + "'");
        }
        List<Steering.Change> changes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != 3) throw new IOException(file + ": line " + (i + 1) + ": " + cells.length + " cells, expected 3 (" + HEADER + ")");
            try {
                changes.add(new Steering.Change(Integer.parseInt(cells[0].trim()), cells[1].trim(), cells[2].trim()));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + (i + 1) + ": the iteration is not a whole number (" + cells[0] + ")");
            }
        }
        return changes;
    }

    static void write(Path file, List<Steering.Change> changes) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Steering.Change c : changes) sb.append(c.iteration()).append(',').append(c.key()).append(',').append(c.value()).append('\n');
        try {
            AtomicFiles.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the change of settings in " + file, e);
        }
    }
}

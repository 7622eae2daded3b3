package io.gan4j.cli;

import io.gan4j.io.Checkpoints;
import io.gan4j.io.SafeTensors;
import io.gan4j.train.GanFactory;
import io.gan4j.train.RunFolder;
import io.gan4j.train.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained generator read back from a run folder: its config.yaml rebuilds the GAN (and the
 * same standardiser, fitted on the same seeded draws), then generator.safetensors — or, when
 * training has not finished, the latest checkpoint — supplies the weights.
 */
public record SavedRun(Path dir, GanFactory.Setup setup, String source, int iteration, List<String> skipped) {
    /**
     * A conditional run's class asked for by name or index (the {@code --label} of {@code sample}); an
     * IllegalArgumentException saying what is wrong (not conditional, no such class) otherwise.
     */
    public int classIndex(String label) {
        List<String> classes = setup.gan().classNames();
        if (classes.isEmpty()) throw new IllegalArgumentException(dir + " is not a conditional run; it has no classes");
        int byName = classes.indexOf(label);
        if (byName >= 0) return byName;
        if (label.matches("\\d+") && Integer.parseInt(label) < classes.size()) return Integer.parseInt(label);
        throw new IllegalArgumentException("no class '" + label + "' in " + dir + " (classes: " + String.join(", ", classes) + "; or an index 0-" + (classes.size() - 1) + ")");
    }

    public static SavedRun load(Path dir) throws IOException {
        Path configFile = dir.resolve(RunFolder.CONFIG);
        if (!Files.isRegularFile(configFile)) throw new IOException(dir + " is not a run folder: it has no " + RunFolder.CONFIG);
        GanFactory.Setup setup = GanFactory.build(ConfigLoader.resolved(configFile));
        Path generator = dir.resolve(RunFolder.GENERATOR);
        if (Files.isRegularFile(generator)) {
            Checkpoints.loadModule(generator, setup.gan().generator());
            String it = SafeTensors.read(generator).metadata().getOrDefault("iteration", "-1");
            return new SavedRun(dir, setup, RunFolder.GENERATOR, it.matches("\\d+") ? Integer.parseInt(it) : -1, List.of());
        }
        Checkpoints.Latest latest = Checkpoints.latestValid(dir);
        if (latest.file() == null) {
            throw new IOException(dir + " has no trained generator yet (no " + RunFolder.GENERATOR + ", no valid checkpoint"
                    + (latest.skipped().isEmpty() ? "" : "; skipped " + String.join("; ", latest.skipped())) + ")");
        }
        int iteration = Checkpoints.restore(latest.file(), latest.contents(), setup.gan());
        return new SavedRun(dir, setup, dir.relativize(latest.file()).toString(), iteration, latest.skipped());
    }
}

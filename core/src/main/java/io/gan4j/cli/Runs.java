package io.gan4j.cli;

import io.gan4j.io.Checkpoints;
import io.gan4j.tensor.AtomicFiles;
import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code gan4j train} for other programs (a sweep's trials): a config trained into a folder named by the caller, or a
 * run folder resumed, with the same listeners and files as the command line and no console progress.
 */
public final class Runs {
    /** How a training session ended, with its final metrics, the problems found in words and its wall time. */
    public record Report(Outcome outcome, Map<String, Double> metrics, List<String> diagnosis, double seconds) {}

    /** A run folder ready to go on: its setup with the checkpoint's weights restored, and the iterations done. */
    record Resumable(GanFactory.Setup setup, RunFolder folder, int done, Map<String, String> meta, String from) {}

    private static final TrainingListener NO_INTERRUPTION = new TrainingListener() {};

    private Runs() {}

    /** Trains {@code config} into the new run folder {@code dir} (an existing one is an error). */
    public static Report train(RunConfig config, Path dir, PrintWriter log) throws IOException {
        RunConfig c = withAbsoluteDataFile(config);
        GanFactory.Setup setup = GanFactory.build(c);
        RunFolder folder = new RunFolder(RunFolder.createAt(dir, ConfigLoader.toYaml(c)), c.train().iterations());
        return report(TrainingSession.run(setup, folder, 0, Map.of(), log, NO_INTERRUPTION));
    }

    /** Continues the run folder {@code dir} from its latest checkpoint, exactly as if never stopped. */
    public static Report resume(Path dir, PrintWriter log) throws IOException {
        Resumable r = resumable(dir, log);
        return report(TrainingSession.run(r.setup(), r.folder(), r.done(), r.meta(), log, NO_INTERRUPTION));
    }

    /** A data path relative to where training starts would break eval and sample run elsewhere; the run folder keeps it absolute. */
    static RunConfig withAbsoluteDataFile(RunConfig c) {
        return c.withData(c.data().withAbsolutePaths());
    }

    static Resumable resumable(Path dir, PrintWriter log) throws IOException {
        Path configFile = dir.resolve(RunFolder.CONFIG);
        if (!Files.isRegularFile(configFile)) throw new IOException(dir + " is not a run folder: it has no " + RunFolder.CONFIG);
        RunConfig config = ConfigLoader.resolved(configFile);
        GanFactory.Setup setup = GanFactory.build(config);
        RunFolder folder = new RunFolder(dir, config.train().iterations());
        AtomicFiles.deleteLeftovers(dir);
        Checkpoints.Latest latest = Checkpoints.latestValid(dir);
        latest.skipped().forEach(s -> log.println("gan4j train: skipped " + s));
        if (latest.file() == null && !latest.skipped().isEmpty()) {
            throw new IOException(dir + ": no checkpoint is valid, so nothing to resume from (see the skipped ones above)");
        }
        if (latest.file() == null) return new Resumable(setup, folder, 0, Map.of(), "no checkpoint yet: starting over");
        int done = Checkpoints.restore(latest.file(), latest.contents(), setup.gan());
        return new Resumable(setup, folder, done, latest.contents().metadata(), "from " + dir.relativize(latest.file()));
    }

    private static Report report(TrainingSession.Result r) {
        return new Report(r.outcome(), r.metrics(), r.diagnosis(), r.seconds());
    }
}

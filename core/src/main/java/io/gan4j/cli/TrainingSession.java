package io.gan4j.cli;

import io.gan4j.io.CheckpointListener;
import io.gan4j.io.ClassifierFile;
import io.gan4j.io.LossCsv;
import io.gan4j.io.LossCsvListener;
import io.gan4j.io.MetricsFileListener;
import io.gan4j.io.ModelFilesListener;
import io.gan4j.train.GanFactory;
import io.gan4j.train.ListenerState;
import io.gan4j.train.LossLog;
import io.gan4j.train.LrScheduleListener;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.Steering;
import io.gan4j.train.SteeringFile;
import io.gan4j.train.TimeLimitListener;
import io.gan4j.train.Trainer;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.Version;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.OutputConfig;
import io.gan4j.train.config.RunConfig;
import io.gan4j.train.metrics.Diagnosis;
import io.gan4j.train.metrics.ImageQuality;
import io.gan4j.train.metrics.Metrics;
import io.gan4j.train.metrics.MetricsListener;
import io.gan4j.viz.SnapshotListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One training session writing into a run folder: assembles the listeners (schedule, loss log,
 * metrics, losses.csv, pictures, checkpoints, model files, metrics.json, progress), restores
 * their state when resuming, and runs the trainer. The order matters: producers of state
 * (loss log, metrics) come before the listeners that read or checkpoint it.
 */
final class TrainingSession {
    record Result(Outcome outcome, Map<String, Double> metrics, List<String> diagnosis, double seconds) {}

    private TrainingSession() {}

    /**
     * @param done             iterations already completed (restored from a checkpoint), 0 for a new run
     * @param checkpointMeta   the restored checkpoint's metadata (listener state), empty for a new run
     */
    static Result run(GanFactory.Setup setup, RunFolder folder, int done, Map<String, String> checkpointMeta, PrintWriter out,
                      TrainingListener interruption) throws IOException {
        return run(setup, folder, done, checkpointMeta, out, interruption, (steering, metrics) -> List.of());
    }

    /**
     * @param extra the listeners that come last (the dashboard's), given the run's steering and latest metrics
     */
    static Result run(GanFactory.Setup setup, RunFolder folder, int done, Map<String, String> checkpointMeta, PrintWriter out,
                      TrainingListener interruption, BiFunction<Steering, Supplier<Map<String, Double>>, List<TrainingListener>> extra)
            throws IOException {
        RunConfig c = setup.config();
        OutputConfig o = c.output();
        String version = Version.current();
        LossLog log = new LossLog(o.logEvery(), setup.gan().objective().isCritic());
        if (done > 0 && Files.exists(folder.file(RunFolder.LOSSES))) log.seed(LossCsv.read(folder.file(RunFolder.LOSSES), log.columns(), done));
        MetricsListener metrics = new MetricsListener(setup, o.evalEvery(), o.samples(), c.train().patience(), imageReference(setup));
        SnapshotListener pictures = new SnapshotListener(folder, setup, log, o.plotEvery(), o.frameEvery());
        Steering steering = SteeringFile.of(c, folder);
        List<ListenerState> states = List.of(steering, log, metrics, pictures);
        CheckpointListener.restoreStates(checkpointMeta, states);

        List<TrainingListener> listeners = new ArrayList<>();
        listeners.add(steering);
        if (!LrScheduleListener.isConstant(c.train())) {
            listeners.add(new LrScheduleListener(LrScheduleListener.of(c.train()),
                    (float) c.generatorOptimizer().lr(), (float) c.discriminatorOptimizer().lr()));
        }
        if (c.train().seconds() > 0) listeners.add(new TimeLimitListener(c.train().seconds()));
        listeners.add(log);
        listeners.add(metrics);
        listeners.add(interruption);
        if (o.logEvery() > 0) listeners.add(new LossCsvListener(folder.file(RunFolder.LOSSES), log));
        listeners.add(pictures);
        Map<String, String> meta = metadata(c, version);
        listeners.add(new CheckpointListener(folder.dir(), o.checkpointEvery(), meta, states, pictures::awaitWritten));
        listeners.add(new ModelFilesListener(folder, setup, meta, version));
        Supplier<List<String>> diagnosis = () -> metrics.finalMetrics() == null ? List.of() : Diagnosis.of(setup, metrics.finalMetrics(), log.rows());
        listeners.add(new MetricsFileListener(folder.file(RunFolder.METRICS), metrics, diagnosis, version));
        listeners.add(ProgressListener.forConsole(out, log));
        listeners.addAll(extra.apply(steering, metrics::latest));

        long start = System.nanoTime();
        Outcome outcome = new Trainer(setup.gan(), c.seed(), c.train().iterations(), listeners).runFrom(done);
        return new Result(outcome, metrics.finalMetrics(), outcome.networksUsable() ? diagnosis.get() : List.of(),
                (System.nanoTime() - start) / 1e9);
    }

    /** The classifier that measures image runs (read once from the jar), or null for 2-D data. */
    static ImageQuality.Reference imageReference(GanFactory.Setup setup) {
        return Metrics.fitsClassifier(setup) ? ClassifierFile.builtIn() : null;
    }

    /** What the checkpoints and final network files carry besides tensors. */
    static Map<String, String> metadata(RunConfig c, String version) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("config", ConfigLoader.toYaml(c));
        m.put("gan4j_version", version);
        m.put("seed", Long.toString(c.seed()));
        return m;
    }
}

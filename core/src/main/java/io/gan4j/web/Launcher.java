package io.gan4j.web;

import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.Steering;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a dashboard session trains: the command line's own run folder and listeners (losses.csv,
 * pictures, checkpoints, model files, metrics.json), so a session's folder is an ordinary run that
 * {@code gan4j train --resume}, {@code sample} and {@code eval} understand. The command line
 * provides it; the dashboard adds its listeners last.
 */
public interface Launcher {
    /** What the dashboard's listeners need of the run: its steering and its latest metrics. */
    record Handles(Steering steering, Supplier<Map<String, Double>> metrics) {}

    /** Makes a new run folder for the config under the server's output folder. */
    RunFolder create(RunConfig config) throws IOException;

    /** Trains in the folder until the run ends, on the calling thread. */
    Outcome train(GanFactory.Setup setup, RunFolder folder, Function<Handles, List<TrainingListener>> dashboard) throws IOException;
}

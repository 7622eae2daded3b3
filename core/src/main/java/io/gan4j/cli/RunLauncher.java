package io.gan4j.cli;

import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import io.gan4j.web.Launcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's sessions train as {@code gan4j train} does: the same run folder, listeners and
 * files, without the console's progress bar; the dashboard's listeners come last.
 */
public final class RunLauncher implements Launcher {
    private final Path out;

    public RunLauncher(Path out) {
        this.out = out;
    }

    @Override
    public RunFolder create(RunConfig config) throws IOException {
        return new RunFolder(RunFolder.create(out, config.name(), LocalDateTime.now(), ConfigLoader.toYaml(config)), config.train().iterations());
    }

    @Override
    public Outcome train(GanFactory.Setup setup, RunFolder folder, Function<Handles, List<TrainingListener>> dashboard) throws IOException {
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
        TrainingListener none = new TrainingListener() {};
        return TrainingSession.run(setup, folder, 0, Map.of(), quiet, none, (steering, metrics) -> dashboard.apply(new Handles(steering, metrics)))
                .outcome();
    }
}

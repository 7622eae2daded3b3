package io.gan4j.io;

import io.gan4j.train.ListenerState;
import io.gan4j.train.Outcome;
import io.gan4j.train.StepResult;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves the whole training state ({@link Checkpoints#save}) every {@code every} iterations and
 * once at the end — but not after a divergence, so the last good checkpoint stays the newest.
 * The metadata carries the given entries (config, version, seed) and the state of the
 * {@link ListenerState} listeners, which must come before this one in the listener list.
 */
public final class CheckpointListener implements TrainingListener {
    private static final String STATE_PREFIX = "state.";

    private final Path runDir;
    private final int every;
    private final Map<String, String> metadata;
    private final List<ListenerState> states;
    private final Runnable outputsWritten;
    private int lastSaved = -1;

    /**
     * @param outputsWritten waits until the outputs of the iterations so far (pictures written in the background) are on
     *                       disk: a checkpoint then never claims an iteration whose files a kill could still take away
     */
    public CheckpointListener(Path runDir, int every, Map<String, String> metadata, List<ListenerState> states, Runnable outputsWritten) {
        this.runDir = runDir;
        this.every = every;
        this.metadata = Map.copyOf(metadata);
        this.states = List.copyOf(states);
        this.outputsWritten = outputsWritten;
    }

    @Override
    public void onStart(TrainingContext context) {
        lastSaved = context.iteration();
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        if (every > 0 && context.iteration() % every == 0) save(context);
    }

    @Override
    public void onSave(TrainingContext context) {
        save(context);
    }

    @Override
    public void onEnd(TrainingContext context, Outcome outcome) {
        if (outcome.networksUsable() && lastSaved != context.iteration()) save(context);
    }

    private void save(TrainingContext context) {
        outputsWritten.run();
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        for (ListenerState s : states) s.saveState().forEach((k, v) -> meta.put(STATE_PREFIX + s.stateName() + "." + k, v));
        try {
            Checkpoints.save(runDir, context.gan(), context.iteration(), meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint of iteration " + context.iteration(), e);
        }
        lastSaved = context.iteration();
    }

    /** Gives each listener the state it stored in a checkpoint's metadata (nothing if it stored none). */
    public static void restoreStates(Map<String, String> checkpointMetadata, List<ListenerState> states) {
        for (ListenerState s : states) {
            String prefix = STATE_PREFIX + s.stateName() + ".";
            Map<String, String> own = new LinkedHashMap<>();
            checkpointMetadata.forEach((k, v) -> {
                if (k.startsWith(prefix)) own.put(k.substring(prefix.length()), v);
            });
            s.restoreState(own);
        }
    }
}

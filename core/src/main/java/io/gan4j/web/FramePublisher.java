package io.gan4j.web;

import io.gan4j.train.Outcome;
import io.gan4j.train.Steering;
import io.gan4j.train.StepResult;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.config.RunConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Publishes what the page shows at a fixed rate, not every step: a frame costs a few forward
 * passes, so at {@link #FRAMES_PER_SECOND} it takes a small, fixed share of the training thread
 * however fast the steps are. Each frame carries the losses averaged since the one before.
 */
final class FramePublisher implements TrainingListener {
    static final int FRAMES_PER_SECOND = 22;
    /**
     * D's decision map comes with every second frame: it is the costliest part of a frame (D on every cell), and
     * eleven new maps a second still look smooth behind points that move at twenty-two.
     */
    static final int MAP_EVERY = 2;
    private static final long FRAME_NANOS = 1_000_000_000L / FRAMES_PER_SECOND;

    private final Scene scene;
    private final Board board;
    private final LossHistory history = new LossHistory();
    private volatile Supplier<Map<String, Double>> metrics = Map::of;
    private volatile Steering steering;
    private volatile BooleanSupplier paused = () -> false;
    private double dSum, gSum;
    private int summed;
    private long nextFrameAt, speedAt;
    private int speedIteration;
    private int framesSinceMap = MAP_EVERY;
    private double iterationsPerSecond;
    private volatile String status = "starting", message = "";
    private volatile int savedAt = -1;
    private RunConfig shownConfig;
    private Map<String, String> shownSteerable;

    FramePublisher(Scene scene, Board board) {
        this.scene = scene;
        this.board = board;
    }

    void wire(Steering steering, Supplier<Map<String, Double>> metrics, BooleanSupplier paused) {
        this.steering = steering;
        this.metrics = metrics;
        this.paused = paused;
    }

    LossHistory history() {
        return history;
    }

    /** The session's status as shown: running, paused, or how it ended. */
    String status() {
        return status.equals("running") && paused.getAsBoolean() ? "paused" : status;
    }

    @Override
    public void onStart(TrainingContext context) {
        status = "running";
        speedAt = System.nanoTime();
        speedIteration = context.iteration();
        publish(context, true);
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        dSum += result.dLoss();
        gSum += result.gLoss();
        summed++;
        publish(context, false);
    }

    @Override
    public void onEnd(TrainingContext context, Outcome outcome) {
        status = outcome.status().name().toLowerCase(Locale.ROOT);
        message = outcome.message();
        if (outcome.networksUsable()) publish(context, true);
        else board.post(frame(context));
    }

    /** The end of a session that failed before or outside training. */
    void failed(String why) {
        status = "failed";
        message = why;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("message", message);
        board.post(m);
    }

    void saved(int iteration) {
        savedAt = iteration;
    }

    /** A frame now if one is due (or {@code force}); on the training thread. */
    void publish(TrainingContext context, boolean force) {
        long now = System.nanoTime();
        if (!force && now - nextFrameAt < 0) return;
        nextFrameAt = nextDue(nextFrameAt, now);
        Map<String, Object> m = frame(context);
        m.putAll(scene.now(mapDue(force)));
        board.post(m);
    }

    /**
     * When the frame after one published at {@code now} is due: on a fixed grid of {@link #FRAMES_PER_SECOND} a second,
     * so that frames published at the first step after they are due still come {@link #FRAMES_PER_SECOND} a second
     * (counting from the last publication instead lost a step's time at every frame); after a pause, or steps slower
     * than a frame, the grid starts again from now.
     */
    static long nextDue(long due, long now) {
        return now - due >= FRAME_NANOS ? now + FRAME_NANOS : due + FRAME_NANOS;
    }

    /** A frame without the scene: status, counters, losses, metrics, settings. */
    private Map<String, Object> frame(TrainingContext context) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iteration", context.iteration());
        m.put("total", context.totalIterations());
        m.put("status", status());
        m.put("message", message);
        m.put("itPerSec", speed(context.iteration()));
        if (summed > 0) {
            double[] point = {context.iteration(), dSum / summed, gSum / summed};
            history.add(point);
            m.put("loss", point);
            dSum = gSum = 0;
            summed = 0;
        }
        m.put("metrics", metrics.get());
        Steering s = steering;
        if (s != null) {
            m.put("settings", steerableValues(s.config()));
            m.put("changes", s.changeCount());
        }
        if (savedAt >= 0) m.put("savedAt", savedAt);
        return m;
    }

    /** D's map goes with a forced frame and with every {@link #MAP_EVERY}-th other one. */
    private boolean mapDue(boolean force) {
        if (!force && ++framesSinceMap < MAP_EVERY) return false;
        framesSinceMap = 0;
        return true;
    }

    /** The steerable values change only with the config: read them again only then, not at every frame. */
    private Map<String, String> steerableValues(RunConfig config) {
        if (config != shownConfig) {
            shownConfig = config;
            shownSteerable = Settings.steerable(config);
        }
        return shownSteerable;
    }

    private double speed(int iteration) {
        long now = System.nanoTime();
        double seconds = (now - speedAt) / 1e9;
        if (seconds >= 0.5) {
            iterationsPerSecond = (iteration - speedIteration) / seconds;
            speedAt = now;
            speedIteration = iteration;
        }
        return Math.round(iterationsPerSecond * 10) / 10.0;
    }
}

package io.gan4j.web;

import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.Steering;
import io.gan4j.train.config.RunConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training started from the page, on its own thread, in its own run folder. Any number of
 * tabs may watch it; the first frame a new viewer gets holds what never changes (the real data)
 * and the loss history so far.
 */
final class Session {
    private final String id;
    private final RunConfig config;
    private final RunFolder folder;
    private final GanFactory.Setup setup;
    private final Board board = new Board();
    private final FramePublisher publisher;
    private final Controls controls;
    private final Map<String, Object> still;
    private volatile Launcher.Handles handles;
    private volatile boolean ended;
    private Thread thread;

    Session(String id, GanFactory.Setup setup, RunFolder folder, boolean paused) {
        this.id = id;
        this.config = setup.config();
        this.setup = setup;
        this.folder = folder;
        Scene scene = new Scene(setup, config.seed());
        this.still = scene.still();
        this.publisher = new FramePublisher(scene, board);
        this.controls = new Controls(publisher, paused);
    }

    void start(Launcher launcher, Runnable whenEnded) {
        thread = Thread.ofPlatform().name("gan4j-session-" + id).daemon(true).start(() -> {
            try {
                Outcome outcome = launcher.train(setup, folder, h -> {
                    handles = h;
                    controls.steering(h.steering());
                    publisher.wire(h.steering(), h.metrics(), controls::paused);
                    return List.of(controls, publisher);
                });
                if (outcome.status() == Outcome.Status.FAILED) publisher.failed(outcome.message());
            } catch (Throwable e) {
                publisher.failed(String.valueOf(e.getMessage() != null ? e.getMessage() : e));
            } finally {
                ended = true;
                whenEnded.run();
            }
        });
    }

    /** Waits for the training thread to end (tests, shutdown). */
    boolean join(long millis) throws InterruptedException {
        return thread.join(Duration.ofMillis(millis));
    }

    String id() {
        return id;
    }

    boolean ended() {
        return ended;
    }

    Board board() {
        return board;
    }

    Controls controls() {
        return controls;
    }

    /** The steering, once training has started; null before. */
    Steering steering() {
        Launcher.Handles h = handles;
        return h == null ? null : h.steering();
    }

    /** What a viewer gets first. */
    Map<String, Object> hello() {
        Map<String, Object> m = new LinkedHashMap<>(summary());
        m.putAll(still);
        m.put("settings", Settings.valuesOf(config));
        m.put("history", publisher.history().points());
        m.put("fps", FramePublisher.FRAMES_PER_SECOND);
        return m;
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", config.name());
        m.put("folder", folder.dir().toString());
        m.put("status", publisher.status());
        m.put("iterations", config.train().iterations());
        return m;
    }
}

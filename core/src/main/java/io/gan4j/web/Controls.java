package io.gan4j.web;

import io.gan4j.train.Steering;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The page's buttons, acted on by the training thread between steps: pause and play, one
 * iteration, one update of D or G alone, save, stop, and a speed limit so a learner can follow.
 * Commands arrive from request threads through a queue; while paused, the training thread waits
 * on it, so settings and single steps still take effect and are shown at once.
 */
final class Controls implements TrainingListener {
    enum Command { PLAY, PAUSE, STEP, STEP_D, STEP_G, SAVE, STOP, APPLY_SETTINGS }

    private static final long IDLE_FRAME_NANOS = 1_000_000_000L;

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final FramePublisher publisher;
    private volatile Steering steering;
    private volatile boolean paused;
    private volatile double stepsPerSecond;
    private boolean oneIteration;
    private long nextStepAt;

    Controls(FramePublisher publisher, boolean startPaused) {
        this.publisher = publisher;
        this.paused = startPaused;
    }

    void steering(Steering steering) {
        this.steering = steering;
    }

    void send(Command c) {
        commands.add(c);
    }

    /** 0: as fast as the engine goes. */
    void speed(double stepsPerSecond) {
        this.stepsPerSecond = stepsPerSecond;
    }

    boolean paused() {
        return paused;
    }

    @Override
    public void beforeStep(TrainingContext context) {
        handle(context);
        if (oneIteration) {
            oneIteration = false;
            paused = true;
        }
        while (paused && context.stopRequested() == null) {
            Command c = poll();
            if (c != null) act(context, c);
            else publisher.publish(context, true);
            // While running, the steering listener applies changes before each step; paused, they are shown at once.
            applySettings(context);
        }
        throttle();
    }

    private void handle(TrainingContext context) {
        Command c;
        while ((c = commands.poll()) != null) act(context, c);
    }

    private void act(TrainingContext context, Command c) {
        switch (c) {
            case PLAY -> paused = false;
            case PAUSE -> paused = true;
            case STEP -> {
                paused = false;
                oneIteration = true;
            }
            case STEP_D, STEP_G -> {
                steering.askStep(c == Command.STEP_D ? Steering.DISCRIMINATOR : Steering.GENERATOR);
                steering.applyAsked(context);
                publisher.publish(context, true);
            }
            case SAVE -> {
                context.saveNow();
                publisher.saved(context.iteration());
            }
            case STOP -> {
                paused = false;
                context.requestStop("stopped from the dashboard");
            }
            case APPLY_SETTINGS -> applySettings(context);
        }
    }

    private void applySettings(TrainingContext context) {
        if (steering != null && steering.hasAsked()) {
            steering.applyAsked(context);
            publisher.publish(context, true);
        }
    }

    private Command poll() {
        try {
            return commands.poll(IDLE_FRAME_NANOS, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Command.STOP;
        }
    }

    /** Spaces the steps evenly at the chosen rate. */
    private void throttle() {
        double rate = stepsPerSecond;
        if (rate <= 0) {
            nextStepAt = 0;
            return;
        }
        long now = System.nanoTime();
        long gap = (long) (1e9 / rate);
        if (nextStepAt == 0 || nextStepAt < now - gap) nextStepAt = now;
        long wait = nextStepAt - now;
        nextStepAt += gap;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

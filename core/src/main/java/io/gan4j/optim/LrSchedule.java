package io.gan4j.optim;

import java.util.Objects;

/**
 * A learning rate as a pure function of the step count (the number of steps already taken, so 0 for
 * the first update) and the base learning rate. Having no state, a resumed run continues exactly.
 * Values are computed in double and rounded once to float.
 */
@FunctionalInterface
public interface LrSchedule {
    float lr(long step, float baseLr);

    /** Sets the optimizer's learning rate for its next step. */
    default void applyTo(Optimizer optimizer, float baseLr) {
        optimizer.setLearningRate(lr(optimizer.steps(), baseLr));
    }

    static LrSchedule constant() {
        return new Constant();
    }

    /** lr = base · gamma^⌊step / every⌋ (PyTorch's StepLR). */
    static LrSchedule step(long every, float gamma) {
        return new StepDecay(every, gamma);
    }

    /** lr = base · gamma^step (PyTorch's ExponentialLR). */
    static LrSchedule exponential(float gamma) {
        return new Exponential(gamma);
    }

    /**
     * lr = min + (base − min) · (1 + cos(π · step / steps)) / 2, then min from {@code steps} on
     * (Loshchilov and Hutter, 2017, "SGDR", without restarts; PyTorch's CosineAnnealingLR).
     */
    static LrSchedule cosine(long steps, float minLr) {
        return new Cosine(steps, minLr);
    }

    /**
     * A linear ramp over {@code steps}: lr = then(0) · (step + 1) / steps, so the first step uses
     * 1/steps of it and the last warm-up step all of it; afterwards {@code then} runs with its clock
     * starting at 0.
     */
    static LrSchedule warmup(long steps, LrSchedule then) {
        return new Warmup(steps, then);
    }

    /** See {@link #constant()}. */
    record Constant() implements LrSchedule {
        @Override
        public float lr(long step, float baseLr) {
            Hyper.nonNegative("step", step);
            return baseLr;
        }
    }

    /** See {@link #step(long, float)}. */
    record StepDecay(long every, float gamma) implements LrSchedule {
        public StepDecay {
            Hyper.positive("every", every);
            Hyper.decayFactor("gamma", gamma);
        }

        @Override
        public float lr(long step, float baseLr) {
            Hyper.nonNegative("step", step);
            return (float) (baseLr * StrictMath.pow(gamma, step / every));
        }
    }

    /** See {@link #exponential(float)}. */
    record Exponential(float gamma) implements LrSchedule {
        public Exponential {
            Hyper.decayFactor("gamma", gamma);
        }

        @Override
        public float lr(long step, float baseLr) {
            Hyper.nonNegative("step", step);
            return (float) (baseLr * StrictMath.pow(gamma, step));
        }
    }

    /** See {@link #cosine(long, float)}. */
    record Cosine(long steps, float minLr) implements LrSchedule {
        public Cosine {
            Hyper.positive("steps", steps);
            Hyper.nonNegative("minLr", minLr);
        }

        @Override
        public float lr(long step, float baseLr) {
            Hyper.nonNegative("step", step);
            if (minLr > baseLr) throw new IllegalArgumentException("minLr " + minLr + " exceeds the base lr " + baseLr);
            if (step >= steps) return minLr;
            double progress = (double) step / steps;
            return (float) (minLr + ((double) baseLr - minLr) * (1 + StrictMath.cos(StrictMath.PI * progress)) / 2);
        }
    }

    /** See {@link #warmup(long, LrSchedule)}. */
    record Warmup(long steps, LrSchedule then) implements LrSchedule {
        public Warmup {
            Hyper.positive("steps", steps);
            Objects.requireNonNull(then, "then");
        }

        @Override
        public float lr(long step, float baseLr) {
            Hyper.nonNegative("step", step);
            if (step >= steps) return then.lr(step - steps, baseLr);
            return (float) ((double) then.lr(0, baseLr) * (step + 1) / steps);
        }
    }
}

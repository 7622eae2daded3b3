package io.gan4j.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Tensor;
import io.gan4j.autograd.Variable;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LrScheduleTest {
    private static final float BASE = 0.1f;

    private static void assertLr(LrSchedule s, long step, double expected) {
        assertThat((double) s.lr(step, BASE)).as("step %d", step).isCloseTo(expected, within(1e-8));
    }

    @Test
    void constantIsTheBaseAtEveryStep() {
        LrSchedule s = LrSchedule.constant();
        assertThat(s.lr(0, BASE)).isEqualTo(BASE);
        assertThat(s.lr(1_000_000, BASE)).isEqualTo(BASE);
    }

    @Test
    void stepDecayMultipliesByGammaEveryNSteps() {
        LrSchedule s = LrSchedule.step(10, 0.5f);
        assertLr(s, 0, 0.1);
        assertLr(s, 9, 0.1);
        assertLr(s, 10, 0.05);
        assertLr(s, 25, 0.025);
        assertLr(s, 30, 0.0125);
    }

    @Test
    void exponentialMultipliesByGammaEachStep() {
        LrSchedule s = LrSchedule.exponential(0.9f);
        assertLr(s, 0, 0.1);
        assertLr(s, 1, 0.09);
        assertLr(s, 2, 0.081);
        assertLr(s, 10, 0.1 * Math.pow(0.9, 10));
    }

    @Test
    void cosineFallsFromTheBaseToTheMinimumThenStays() {
        LrSchedule s = LrSchedule.cosine(100, 0.001f);
        assertLr(s, 0, 0.1);
        // min + (base − min)·(1 + cos(π/4))/2 = 0.001 + 0.099·0.85355339 = 0.0855017857
        assertLr(s, 25, 0.0855017857);
        assertLr(s, 50, 0.0505);
        assertLr(s, 100, 0.001);
        assertLr(s, 5000, 0.001);
    }

    @Test
    void warmupRampsLinearlyThenHandsOverWithItsClockAtZero() {
        LrSchedule s = LrSchedule.warmup(4, LrSchedule.constant());
        assertLr(s, 0, 0.025);
        assertLr(s, 1, 0.05);
        assertLr(s, 2, 0.075);
        assertLr(s, 3, 0.1);
        assertLr(s, 4, 0.1);

        LrSchedule cosine = LrSchedule.warmup(10, LrSchedule.cosine(100, 0f));
        assertLr(cosine, 4, 0.05);
        assertLr(cosine, 10, 0.1);
        assertLr(cosine, 60, 0.05);
        assertLr(cosine, 110, 0);
    }

    @Test
    void valuesDependOnlyOnTheStepSoAResumeIsExact() {
        LrSchedule s = LrSchedule.warmup(5, LrSchedule.cosine(50, 0.01f));
        float later = s.lr(30, BASE);
        for (long step = 0; step < 30; step++) s.lr(step, BASE);
        assertThat(s.lr(30, BASE)).isEqualTo(later);
        assertThat(LrSchedule.warmup(5, LrSchedule.cosine(50, 0.01f)).lr(30, BASE)).isEqualTo(later);
    }

    @Test
    void appliesToAnOptimizerAtItsStepCount() {
        Variable x = Variable.param(Tensor.of(new float[] {1f}, 1));
        Sgd sgd = new Sgd(Map.of("x", x), Sgd.DEFAULTS.withLr(BASE));
        LrSchedule s = LrSchedule.exponential(0.5f);
        s.applyTo(sgd, BASE);
        assertThat(sgd.learningRate()).isEqualTo(BASE);
        for (int i = 0; i < 3; i++) OptimizerChecks.quadraticStep(sgd);
        s.applyTo(sgd, BASE);
        assertThat(sgd.learningRate()).isEqualTo(0.0125f);
    }

    @Test
    void aScheduleMayEndAtZeroLearningRate() {
        Variable x = Variable.param(Tensor.of(new float[] {1f}, 1));
        Sgd sgd = new Sgd(Map.of("x", x), Sgd.DEFAULTS.withLr(BASE));
        for (int i = 0; i < 3; i++) OptimizerChecks.quadraticStep(sgd);
        LrSchedule.cosine(3, 0f).applyTo(sgd, BASE);
        assertThat(sgd.learningRate()).isZero();
        OptimizerChecks.quadraticStep(sgd);
        assertThat(sgd.steps()).isEqualTo(4);
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of((Supplier<?>) () -> LrSchedule.step(0, 0.5f), "every", "0"),
                Arguments.of((Supplier<?>) () -> LrSchedule.step(10, 1.5f), "gamma", "1.5"),
                Arguments.of((Supplier<?>) () -> LrSchedule.exponential(0f), "gamma", "0.0"),
                Arguments.of((Supplier<?>) () -> LrSchedule.exponential(-0.9f), "gamma", "-0.9"),
                Arguments.of((Supplier<?>) () -> LrSchedule.cosine(-5, 0f), "steps", "-5"),
                Arguments.of((Supplier<?>) () -> LrSchedule.cosine(100, -0.001f), "minLr", "-0.001"),
                Arguments.of((Supplier<?>) () -> LrSchedule.cosine(100, 0.5f).lr(0, BASE), "minLr", "0.5"),
                Arguments.of((Supplier<?>) () -> LrSchedule.warmup(0, LrSchedule.constant()), "steps", "0"),
                Arguments.of((Supplier<?>) () -> LrSchedule.constant().lr(-1, BASE), "step", "-1"),
                Arguments.of((Supplier<?>) () -> LrSchedule.exponential(0.9f).lr(-3, BASE), "step", "-3"));
    }

    @ParameterizedTest(name = "{1} = {2}")
    @MethodSource("badParameters")
    void rejectsBadParameterNamingIt(Supplier<?> make, String name, String value) {
        assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining(value);
    }
}

package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.optim.LrSchedule;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.TrainConfig;
import org.junit.jupiter.api.Test;

class LrScheduleListenerTest {
    private static TrainConfig train(String schedule, int every, double gamma, int warmup) {
        TrainConfig d = TrainConfig.DEFAULTS;
        return new TrainConfig(100, 0, d.stepsPerEpoch(), d.batchSize(), d.criticSteps(), d.halfBatch(), schedule, every, gamma, warmup,
                d.patience(), 0);
    }

    @Test
    void stepScheduleHalvesEveryInterval() {
        LrSchedule s = LrScheduleListener.of(train("step", 10, 0.5, 0));
        assertThat(s.lr(0, 1f)).isEqualTo(1f);
        assertThat(s.lr(9, 1f)).isEqualTo(1f);
        assertThat(s.lr(10, 1f)).isEqualTo(0.5f);
        assertThat(s.lr(25, 1f)).isEqualTo(0.25f);
    }

    @Test
    void warmupRampsThenCosineFallsToZeroAtTheLastIteration() {
        LrSchedule s = LrScheduleListener.of(train("cosine", 10, 0.5, 10));
        assertThat(s.lr(0, 1f)).isEqualTo(0.1f);
        assertThat(s.lr(9, 1f)).isEqualTo(1f);
        assertThat(s.lr(10, 1f)).isEqualTo(1f);
        assertThat(s.lr(55, 1f)).isEqualTo(0.5f);
        assertThat(s.lr(100, 1f)).isEqualTo(0f);
    }

    @Test
    void constantWithoutWarmupNeedsNoListener() {
        assertThat(LrScheduleListener.isConstant(train("constant", 10, 0.5, 0))).isTrue();
        assertThat(LrScheduleListener.isConstant(train("constant", 10, 0.5, 3))).isFalse();
    }

    @Test
    void decayAboveOneIsAConfigError() {
        assertThatThrownBy(() -> LrScheduleListener.of(train("exponential", 10, 1.5, 0)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("train.gamma");
    }
}

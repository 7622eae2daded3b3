package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.data.FunctionsData;
import io.gan4j.nn.Conditional;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small conditional GAN, briefly trained, draws the shape asked for: nearly every point asked for one of two clearly
 * different shapes lies nearer to it than to the other (fixed seed). How well a longer run learns each shape is shown by
 * the cgan-functions preset (its per-family residual and coverage), not here: that takes minutes.
 */
class ConditionalLearningTest {
    /** A rising line and a bump that falls away: apart almost everywhere on [−3, 3]. */
    private static final List<String> SHAPES = List.of("data.functions=[\"rise = x + 2\", \"bump = -2 - x^2/3\"]",
            "generator.hidden=64,64", "discriminator.hidden=64,64", "train.iterations=2500", "train.batchSize=128");

    @Test
    void drawsEachShapeOnRequest() {
        RunConfig config = ConfigLoader.preset("cgan-functions", SHAPES);
        GanFactory.Setup setup = GanFactory.build(config);
        assertThat(setup.gan().isConditional()).isTrue();
        assertThat(setup.gan().generator()).isInstanceOf(Conditional.class);
        Outcome outcome = new Trainer(setup.gan(), config.seed(), config.train().iterations(), List.of()).run();
        assertThat(outcome.status()).isEqualTo(Outcome.Status.COMPLETED);

        FunctionsData data = (FunctionsData) setup.data();
        for (int k = 0; k < 2; k++) {
            int[] asked = new int[1000];
            Arrays.fill(asked, k);
            Tensor points = setup.toData(setup.gan().sample(asked, new Rng(7 + k)));
            int nearer = 0;
            for (int i = 0; i < 1000; i++) {
                double x = points.data()[2 * i], y = points.data()[2 * i + 1];
                double own = Math.abs(y - data.target(k).function().applyAsDouble(x)), other = Math.abs(y - data.target(1 - k).function().applyAsDouble(x));
                if (own < other) nearer++;
            }
            System.out.printf("asked for %s: %d of 1000 nearer to it than to the other shape%n", data.classNames().get(k), nearer);
            assertThat(nearer).as("points asked for %s nearer to it than to the other shape", data.classNames().get(k)).isGreaterThan(950);
        }
    }

    @Test
    void unconditionalRunsKeepTheirBitsWithConditioningOff() {
        RunConfig config = ConfigLoader.preset("quadratic", List.of("train.iterations=5"));
        GanFactory.Setup a = GanFactory.build(config);
        assertThat(a.gan().isConditional()).isFalse();
        assertThatThrownBy(() -> a.gan().sample(new int[] {0}, new Rng(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void conditioningNeedsLabelledDataAndBothNetworks() {
        assertThatThrownBy(() -> ConfigLoader.preset("quadratic", List.of("generator.conditioning=embedding", "discriminator.conditioning=embedding")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("conditioning needs labelled data");
        assertThatThrownBy(() -> ConfigLoader.preset("cgan-functions", List.of("discriminator.conditioning=none")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must both be none");
        assertThatThrownBy(() -> ConfigLoader.preset("cgan-functions", List.of("generator.conditioning=projection")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("projection is for the discriminator");
        assertThatThrownBy(() -> ConfigLoader.preset("cgan-functions", List.of("data.functions=[\"only = x\"]")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("data.functions needs at least two entries");
        assertThatThrownBy(() -> ConfigLoader.preset("cgan-functions", List.of("data.functions=[\"a = x\", \"a = x^2\"]")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("repeats the name 'a'");
        assertThatThrownBy(() -> ConfigLoader.preset("cgan-functions", List.of("data.functions=[\"a x\", \"b = x\"]")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must read \"name = formula\"");
    }
}

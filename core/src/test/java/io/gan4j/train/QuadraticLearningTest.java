package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.data.FunctionTarget;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import io.gan4j.train.metrics.FunctionFit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shortened quadratic preset still learns y = 10 + x² (fixed seed). */
class QuadraticLearningTest {
    @Test
    void shortRunLearnsTheParabola() {
        int iterations = Integer.getInteger("gan4j.test.iterations", 3000);
        RunConfig config = ConfigLoader.preset("quadratic", List.of("train.iterations=" + iterations));
        GanFactory.Setup setup = GanFactory.build(config);
        long start = System.nanoTime();
        Outcome outcome = new Trainer(setup.gan(), config.seed(), iterations, List.of()).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        Tensor generated = setup.toData(setup.gan().sample(2500, new Rng(1)));
        FunctionTarget target = (FunctionTarget) setup.data();
        FunctionFit fit = FunctionFit.of(target.function(), target.xMin(), target.xMax(), target.sample(2500, new Rng(2)), generated);
        System.out.printf("quadratic %d it in %.1f s (%.0f it/s): residual %.2f%% of y-range, x-coverage %.0f%%%n",
                iterations, seconds, iterations / seconds, 100 * fit.residualShare(), 100 * fit.xCoverage());
        assertThat(outcome.status()).isEqualTo(Outcome.Status.COMPLETED);
        assertThat(fit.residualShare()).isLessThan(0.10);
        assertThat(fit.xCoverage()).isGreaterThan(0.8);
    }
}

package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.config.ConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's one pass of D: its outputs are judge()'s, its gradient that of G's loss by finite differences. */
class GanJudgementTest {
    @Test
    void scoresAreTheJudgesAndTheGradientIsThatOfTheGeneratorsLoss() {
        for (String objective : List.of("bce", "least_squares")) {
            Gan gan = GanFactory.build(ConfigLoader.preset("quadratic",
                    List.of("generator.hidden=16", "discriminator.hidden=16", "objective.kind=" + objective))).gan();
            Tensor examples = gan.sample(6, new Rng(5));
            Gan.Judgement judged = gan.judgeWithGradient(examples, null);

            float[] scores = judged.scores().data(), judge = gan.judge(examples).data();
            for (int i = 0; i < scores.length; i++) assertThat(scores[i]).as("%s score %d", objective, i).isCloseTo(judge[i], within(1e-5f));

            float[] x = examples.data(), grad = judged.generatorLossGradient().data();
            assertThat(judged.generatorLossGradient().shape()).isEqualTo(examples.shape());
            double h = 1e-2;
            for (int k = 0; k < x.length; k++) {
                double numeric = (loss(gan, x, k, h) - loss(gan, x, k, -h)) / (2 * h);
                assertThat((double) grad[k]).as("%s d loss / d x[%d]", objective, k).isCloseTo(numeric, within(2e-3 + 0.02 * Math.abs(numeric)));
            }
        }
    }

    private static double loss(Gan gan, float[] x, int k, double dx) {
        float[] moved = x.clone();
        moved[k] += (float) dx;
        Tensor scores = gan.judge(Tensor.of(moved, x.length / 2, 2));
        return gan.objective().generatorLoss(Variable.constant(scores)).item();
    }
}

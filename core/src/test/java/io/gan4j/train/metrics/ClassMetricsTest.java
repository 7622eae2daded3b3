package io.gan4j.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassMetricsTest {
    @Test
    void balancedRequestsTakeTheClassesInTurn() {
        assertThat(ClassMetrics.balanced(7, 3)).containsExactly(0, 1, 2, 0, 1, 2, 0);
    }

    /** Three of four images land in the class asked for; one of those asked for "B c" is taken for "a". */
    @Test
    void agreementCountsImagesInTheClassAskedFor() {
        Tensor probabilities = Tensor.of(new float[] {0.9f, 0.1f, 0.2f, 0.8f, 0.7f, 0.3f, 0.6f, 0.4f}, 4, 2);
        Classifier.Outputs outputs = new Classifier.Outputs(Tensor.zeros(4, 3), probabilities);
        Map<String, Double> m = ClassMetrics.agreement(outputs, new int[] {0, 1, 0, 1}, List.of("a", "B c"));
        assertThat(m).containsEntry("class_agreement", 0.75).containsEntry("class_agreement.a", 1.0).containsEntry("class_agreement.b_c", 0.5);
    }

    /** Features drawn like the real ones of their class give a small distance; those of another class a large one. */
    @Test
    void fcdPerClassComparesEachClassWithItsOwnRealFeatures() {
        int n = 400, d = 3;
        Tensor near = Tensor.normal(new Rng(1), 0f, 1f, n, d), far = Tensor.normal(new Rng(2), 5f, 1f, n, d);
        float[] both = new float[2 * n * d];
        System.arraycopy(near.data(), 0, both, 0, n * d);
        System.arraycopy(far.data(), 0, both, n * d, n * d);
        int[] asked = new int[2 * n];
        for (int i = n; i < 2 * n; i++) asked[i] = 1;
        List<FeatureStats> real = List.of(FeatureStats.of(Tensor.normal(new Rng(3), 0f, 1f, n, d)), FeatureStats.of(Tensor.normal(new Rng(4), 0f, 1f, n, d)));
        Map<String, Double> m = ClassMetrics.fcdPerClass(new Classifier.Outputs(Tensor.of(both, 2 * n, d), Tensor.zeros(2 * n, 2)), asked, real,
                List.of("near", "far"));
        assertThat(m.get("fcd.near")).isCloseTo(0, within(0.2));
        assertThat(m.get("fcd.far")).isCloseTo(75, within(5.0));
    }
}

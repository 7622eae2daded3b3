package io.gan4j.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.data.FashionMnist;
import io.gan4j.data.ImageData;
import io.gan4j.io.ClassifierFile;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageQualityTest {
    /** N(0, 1) against N(1, 4) in one dimension: (0 − 1)² + 1 + 4 − 2·√(1·4) = 2. */
    @Test
    void theFrechetDistanceOfTwoGaussiansIsWorkedByHand() {
        FeatureStats a = new FeatureStats(new double[] {0}, new double[][] {{1}}, 10), b = new FeatureStats(new double[] {1}, new double[][] {{4}}, 10);
        assertThat(Frechet.distance(a, b)).isCloseTo(2.0, within(1e-12));
        FeatureStats c = FeatureStats.of(Tensor.normal(new Rng(1), 0f, 1f, 500, 6));
        assertThat(Frechet.distance(c, c)).as("a set against itself").isCloseTo(0.0, within(1e-9));
    }

    /** Features drawn from N(0, I) and N(0, 4I): Tr(I + 4I − 2·2I) = d for the covariance term, up to sampling. */
    @Test
    void theFrechetDistanceMeasuresASpreadOutSet() {
        FeatureStats a = FeatureStats.of(Tensor.normal(new Rng(2), 0f, 1f, 20_000, 4));
        FeatureStats b = FeatureStats.of(Tensor.normal(new Rng(3), 0f, 2f, 20_000, 4));
        assertThat(Frechet.distance(a, b)).isCloseTo(4.0, within(0.15));
    }

    @Test
    void theClassifierScoreRunsFromOneClassToAllTenConfidently() {
        float[] one = new float[100 * 10], spread = new float[100 * 10];
        for (int i = 0; i < 100; i++) {
            one[i * 10 + 3] = 1f;
            spread[i * 10 + i % 10] = 1f;
        }
        assertThat(ImageQuality.score(Tensor.of(one, 100, 10))).isCloseTo(1.0, within(1e-9));
        assertThat(ImageQuality.score(Tensor.of(spread, 100, 10))).isCloseTo(10.0, within(1e-6));
    }

    /**
     * The shipped classifier on 1,000 images a set: real training images score far lower than noisy or blurred test
     * images, more noise and more blur score worse, and real images of half the classes are called mode collapse.
     * (docs/QUALITY.md has the table for 10,000 images a set.)
     */
    @Test
    void realImagesScoreFarBelowDamagedOnesAndHalfTheClassesIsModeCollapse() {
        ImageData train = FashionMnist.load(FashionMnist.DEBIAN_DIR, FashionMnist.Split.TRAIN, false);
        ImageData test = FashionMnist.load(FashionMnist.DEBIAN_DIR, FashionMnist.Split.TEST, false);
        ImageQuality.Reference reference = ClassifierFile.builtIn();
        Map<String, ImageQuality> q = Calibration.measure(reference, train, test, 1_000, 1);
        List<String> sets = Calibration.SETS;
        double real = q.get(sets.get(0)).fcd();
        assertThat(q.get(sets.get(1)).fcd()).as("noise 0.2").isGreaterThan(5 * real);
        assertThat(q.get(sets.get(2)).fcd()).as("noise 0.5").isGreaterThan(q.get(sets.get(1)).fcd());
        assertThat(q.get(sets.get(3)).fcd()).as("blur once").isGreaterThan(5 * real);
        assertThat(q.get(sets.get(4)).fcd()).as("blur three times").isGreaterThan(q.get(sets.get(3)).fcd());
        ImageQuality half = q.get(sets.get(5));
        assertThat(half.classesCovered()).isLessThanOrEqualTo(7);
        assertThat(half.diagnosis(reference.classNames())).singleElement().asString().endsWith(": mode collapse");
        assertThat(q.get(sets.get(0)).diagnosis(reference.classNames())).isEmpty();
    }
}

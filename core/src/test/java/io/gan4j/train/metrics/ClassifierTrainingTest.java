package io.gan4j.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.autograd.Variable;
import io.gan4j.data.FashionMnist;
import io.gan4j.data.IdxFixtures;
import io.gan4j.data.ImageData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classifier learns four easy classes (a bright square in one corner of a 28×28 image), the same bits from the same seed. */
class ClassifierTrainingTest {
    @TempDir
    Path dir;

    @Test
    void learnsFourCornersAndRepeatsItsBits() {
        ImageData data = FashionMnist.load(IdxFixtures.corners(dir, 1536, 28, 5), FashionMnist.Split.TRAIN, false);
        Classifier a = ClassifierTraining.train(data, 4, 9, epoch -> {}), b = ClassifierTraining.train(data, 4, 9, epoch -> {});
        assertThat(ClassifierTraining.accuracy(a, data)).isGreaterThan(0.95);
        Map<String, Variable> pa = a.namedParameters(), pb = b.namedParameters();
        pa.forEach((name, p) -> assertThat(pb.get(name).value().data()).as(name).containsExactly(p.value().data()));
    }
}

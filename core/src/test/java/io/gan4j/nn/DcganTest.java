package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DcganTest {
    private static final int[] FASHION = {1, 28, 28};

    /** The counts and keys of shared/bench/w3_dcgan_fashion.py's networks, as PyTorch reports them. */
    @Test
    void withBaseSixtyFourTheNetworksAreThoseOfThePyTorchReference() {
        Module g = Dcgan.generator(100, 64, FASHION, Init.pytorchDefault(), Init.pytorchDefault(), new Rng(1));
        Module d = Dcgan.discriminator(FASHION, 64, 0.2, Dcgan.Norm.BATCH, Init.pytorchDefault(), Init.pytorchDefault(), new Rng(2));
        assertThat(g.parameterCount()).isEqualTo(766_017);
        assertThat(d.parameterCount()).isEqualTo(138_817);
        Map<String, String> shapes = new LinkedHashMap<>();
        g.namedParameters().forEach((k, v) -> shapes.put(k, Arrays.toString(v.shape())));
        assertThat(shapes).containsExactly(Map.entry("0.weight", "[6272, 100]"), Map.entry("0.bias", "[6272]"),
                Map.entry("2.weight", "[128]"), Map.entry("2.bias", "[128]"), Map.entry("4.weight", "[128, 64, 4, 4]"),
                Map.entry("4.bias", "[64]"), Map.entry("5.weight", "[64]"), Map.entry("5.bias", "[64]"),
                Map.entry("7.weight", "[64, 1, 4, 4]"), Map.entry("7.bias", "[1]"));
    }

    @Test
    void theGeneratorMakesImagesInTheOpenUnitRangeAndTheDiscriminatorOneLogitEach() {
        for (int[] image : new int[][] {FASHION, {3, 32, 32}}) {
            Module g = Dcgan.generator(8, 4, image, Init.normal(0.02f), Init.zeros(), new Rng(3));
            Module d = Dcgan.discriminator(image, 4, 0.2, Dcgan.Norm.SPECTRAL, Init.normal(0.02f), Init.zeros(), new Rng(4));
            Variable images = g.forward(Variable.constant(Tensor.normal(new Rng(5), 0f, 1f, 6, 8)));
            assertThat(images.shape()).containsExactly(6, image[0], image[1], image[2]);
            for (float v : images.value().data()) assertThat(Math.abs(v)).isLessThan(1f);
            assertThat(d.forward(images).shape()).containsExactly(6, 1);
        }
    }

    @Test
    void imagesWhoseSidesAreNotMultiplesOfFourAreRefusedByName() {
        assertThatThrownBy(() -> Dcgan.generator(8, 4, new int[] {1, 30, 28}, Init.zeros(), Init.zeros(), new Rng(1)))
                .hasMessage("DCGAN: image height must be a multiple of 4, got 30");
        assertThatThrownBy(() -> Dcgan.discriminator(new int[] {28, 28}, 4, 0.2, Dcgan.Norm.NONE, Init.zeros(), Init.zeros(), new Rng(1)))
                .hasMessageContaining("[channels, height, width]");
    }
}

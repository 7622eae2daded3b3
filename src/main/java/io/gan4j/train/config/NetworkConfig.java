package io.gan4j.train.config;

import io.gan4j.nn.Activations;
import io.gan4j.nn.BatchNorm;
import io.gan4j.nn.Dcgan;
import io.gan4j.nn.Init;
import io.gan4j.nn.Mlp;
import io.gan4j.nn.Module;
import io.gan4j.tensor.Rng;
import java.util.Arrays;
import java.util.List;

/**
 * A network: an MLP (hidden Dense layers with an activation, optionally batch norm or spectral norm), or
 * Radford et al.'s DCGAN template for images ({@link Dcgan}). An MLP on images flattens its input and
 * reshapes its output by itself.
 *
 * @param kind              mlp | dcgan (images of a height and width divisible by 4)
 * @param hidden            mlp: widths of the hidden layers, e.g. [128, 128]
 * @param activation        mlp: leaky_relu | relu | tanh | sigmoid | softplus
 * @param slope             negative slope of leaky_relu (dcgan: of the discriminator's LeakyReLUs)
 * @param batchNorm         batch norm after each hidden Dense layer (before the activation); dcgan discriminator: after its second convolution
 * @param batchNormMomentum batch norm's running-statistics momentum, as PyTorch counts it (Keras' 0.99 is 0.01)
 * @param batchNormEps      batch norm's denominator guard
 * @param spectralNorm      spectral normalisation of every Dense layer's weight (dcgan discriminator: of its second convolution)
 * @param featureLayer      discriminator only, mlp: width of a linear feature layer before the output (0 for none)
 * @param channels          dcgan: base channel count (64: 128 then 64 in the generator, 64 then 128 in the discriminator)
 * @param output            mlp generator's output activation: none | tanh | sigmoid (dcgan: tanh)
 * @param init              pytorch | glorot (Keras: Glorot-uniform weights, zero biases) | normal (DCGAN: N(0, 0.02) weights, zero biases)
 */
public record NetworkConfig(String kind, List<Integer> hidden, String activation, double slope, boolean batchNorm,
                            double batchNormMomentum, double batchNormEps, boolean spectralNorm, int featureLayer, int channels,
                            String output, String init) {
    public static final List<String> KINDS = List.of("mlp", "dcgan");
    public static final List<String> ACTIVATIONS = List.of("leaky_relu", "relu", "tanh", "sigmoid", "softplus");
    public static final NetworkConfig GENERATOR_DEFAULTS = new NetworkConfig("mlp", List.of(128, 128), "leaky_relu", 0.2, false,
            BatchNorm.DEFAULT_MOMENTUM, BatchNorm.DEFAULT_EPS, false, 0, 64, "none", "pytorch");
    public static final NetworkConfig DISCRIMINATOR_DEFAULTS = new NetworkConfig("mlp", List.of(128, 128), "leaky_relu", 0.2, false,
            BatchNorm.DEFAULT_MOMENTUM, BatchNorm.DEFAULT_EPS, false, 2, 64, "none", "pytorch");

    public NetworkConfig {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
    }

    /** A generator from latent vectors to examples of the given shape. */
    public Module toGenerator(int latent, int[] example, Rng rng) {
        if (kind.equals("dcgan")) return Dcgan.generator(latent, channels, example, weightInit(), biasInit(), rng);
        Mlp.Builder mlp = mlp(latent, size(example), 0).outputActivation(output.equals("none") ? null : () -> Activations.of(output));
        return mlp.outputShape(example.length > 1 ? example : null).build(rng);
    }

    /** A discriminator from examples of the given shape to one output each. */
    public Module toDiscriminator(int[] example, Rng rng) {
        if (kind.equals("dcgan")) {
            Dcgan.Norm norm = spectralNorm ? Dcgan.Norm.SPECTRAL : batchNorm ? Dcgan.Norm.BATCH : Dcgan.Norm.NONE;
            return Dcgan.discriminator(example, channels, slope, norm, weightInit(), biasInit(), rng);
        }
        return mlp(size(example), 1, featureLayer).flattenInput(example.length > 1).build(rng);
    }

    private Mlp.Builder mlp(int in, int out, int feature) {
        return Mlp.builder(in, out)
                .hidden(hidden)
                .activation(() -> Activations.of(activation, slope))
                .batchNorm(batchNorm)
                .batchNormSettings(batchNormEps, batchNormMomentum)
                .spectralNorm(spectralNorm)
                .featureLayer(feature)
                .init(weightInit(), biasInit());
    }

    private Init weightInit() {
        return switch (init) {
            case "glorot" -> Init.glorotUniform();
            case "normal" -> Init.normal(0.02f);
            default -> Init.pytorchDefault();
        };
    }

    /** PyTorch draws biases like weights; Keras and the DCGAN paper start them at zero. */
    private Init biasInit() {
        return init.equals("pytorch") ? Init.pytorchDefault() : Init.zeros();
    }

    private static int size(int[] shape) {
        return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    void validate(String key) {
        Check.oneOf(key + ".kind", kind, KINDS);
        for (int i = 0; i < hidden.size(); i++) Check.atLeast(key + ".hidden[" + i + "]", hidden.get(i), 1);
        Check.oneOf(key + ".activation", activation, ACTIVATIONS);
        Check.nonNegative(key + ".slope", slope);
        if (!(batchNormMomentum >= 0 && batchNormMomentum <= 1)) {
            throw new ConfigException(key + ".batchNormMomentum must be in [0, 1], got " + batchNormMomentum);
        }
        Check.positive(key + ".batchNormEps", batchNormEps);
        Check.atLeast(key + ".featureLayer", featureLayer, 0);
        Check.atLeast(key + ".channels", channels, 1);
        Check.oneOf(key + ".output", output, List.of("none", "tanh", "sigmoid"));
        Check.oneOf(key + ".init", init, List.of("pytorch", "glorot", "normal"));
    }
}

package io.gan4j.train.config;

import io.gan4j.nn.Activations;
import io.gan4j.nn.BatchNorm;
import io.gan4j.nn.Dcgan;
import io.gan4j.nn.Init;
import io.gan4j.nn.JoinedEmbedding;
import io.gan4j.nn.LabelPlane;
import io.gan4j.nn.Mlp;
import io.gan4j.nn.Module;
import io.gan4j.nn.Projection;
import io.gan4j.nn.Sequential;
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
 * @param conditioning      none | embedding (a learned embedding of the class joined to the input; dcgan discriminator: a learned
 *                          plane joined as one more channel) | projection (discriminator only: Miyato and Koyama's projection);
 *                          the generator and the discriminator are conditional together, on labelled data
 * @param embedding         embedding: size of the class embedding joined to the input
 */
public record NetworkConfig(String kind, List<Integer> hidden, String activation, double slope, boolean batchNorm,
                            double batchNormMomentum, double batchNormEps, boolean spectralNorm, int featureLayer, int channels,
                            String output, String init, String conditioning, int embedding) {
    public static final List<String> KINDS = List.of("mlp", "dcgan");
    public static final List<String> CONDITIONINGS = List.of("none", "embedding", "projection");
    public static final int DEFAULT_EMBEDDING = 16;
    public static final List<String> ACTIVATIONS = List.of("leaky_relu", "relu", "tanh", "sigmoid", "softplus");
    public static final NetworkConfig GENERATOR_DEFAULTS = new NetworkConfig("mlp", List.of(128, 128), "leaky_relu", 0.2, false,
            BatchNorm.DEFAULT_MOMENTUM, BatchNorm.DEFAULT_EPS, false, 0, 64, "none", "pytorch", "none", DEFAULT_EMBEDDING);
    public static final NetworkConfig DISCRIMINATOR_DEFAULTS = new NetworkConfig("mlp", List.of(128, 128), "leaky_relu", 0.2, false,
            BatchNorm.DEFAULT_MOMENTUM, BatchNorm.DEFAULT_EPS, false, 2, 64, "none", "pytorch", "none", DEFAULT_EMBEDDING);

    public NetworkConfig {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        conditioning = conditioning == null ? "none" : conditioning;
    }

    /** Whether this network takes class labels (not "isConditional": a record's is-getter would be read as a config key). */
    public boolean takesLabels() {
        return !conditioning.equals("none");
    }

    /** A generator from latent vectors to examples of the given shape. */
    public Module toGenerator(int latent, int[] example, Rng rng) {
        return toGenerator(latent, example, 0, rng);
    }

    /** As above; with {@code classes} > 0 and conditioning, G(z, c) with the class's embedding joined to z. */
    public Module toGenerator(int latent, int[] example, int classes, Rng rng) {
        boolean joined = classes > 0 && takesLabels();
        int in = latent + (joined ? embedding : 0);
        Rng embeddingRng = joined ? rng.split() : null;
        Module body = kind.equals("dcgan") ? Dcgan.generator(in, channels, example, weightInit(), biasInit(), rng)
                : mlp(in, size(example), 0).outputActivation(output.equals("none") ? null : () -> Activations.of(output))
                        .outputShape(example.length > 1 ? example : null).build(rng);
        return joined ? new JoinedEmbedding(classes, embedding, body, embeddingRng) : body;
    }

    /** A discriminator from examples of the given shape to one output each. */
    public Module toDiscriminator(int[] example, Rng rng) {
        return toDiscriminator(example, 0, rng);
    }

    /** As above; with {@code classes} > 0 and conditioning, D(x, c) conditioned as {@link #conditioning} says. */
    public Module toDiscriminator(int[] example, int classes, Rng rng) {
        if (classes == 0 || !takesLabels()) return discriminator(example, 0, rng);
        Rng embeddingRng = rng.split();
        return switch (conditioning) {
            case "projection" -> new Projection(classes, discriminator(example, 0, rng), embeddingRng);
            default -> kind.equals("dcgan")
                    ? new LabelPlane(classes, example[1], example[2], discriminator(new int[] {example[0] + 1, example[1], example[2]}, 0, rng), embeddingRng)
                    : new JoinedEmbedding(classes, embedding, discriminator(new int[] {size(example)}, embedding, rng), embeddingRng);
        };
    }

    /** The unconditional discriminator of examples of this shape, with {@code extra} more inputs (a joined embedding). */
    private Sequential discriminator(int[] example, int extra, Rng rng) {
        if (kind.equals("dcgan")) {
            Dcgan.Norm norm = spectralNorm ? Dcgan.Norm.SPECTRAL : batchNorm ? Dcgan.Norm.BATCH : Dcgan.Norm.NONE;
            return Dcgan.discriminator(example, channels, slope, norm, weightInit(), biasInit(), rng);
        }
        return mlp(size(example) + extra, 1, featureLayer).flattenInput(example.length > 1).build(rng);
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
        Check.oneOf(key + ".conditioning", conditioning, CONDITIONINGS);
        Check.atLeast(key + ".embedding", embedding, 1);
    }
}

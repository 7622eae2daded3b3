package io.gan4j.train.config;

import java.util.List;

/**
 * An MLP: hidden Dense layers with an activation, optionally batch norm (generator) or
 * spectral norm (discriminator).
 *
 * @param hidden       widths of the hidden layers, e.g. [128, 128]
 * @param activation   leaky_relu | relu | tanh | sigmoid | softplus
 * @param slope        negative slope of leaky_relu
 * @param batchNorm    batch norm after each hidden Dense layer (before the activation)
 * @param spectralNorm spectral normalisation of every Dense layer's weight
 * @param featureLayer discriminator only: width of a linear feature layer before the output (0 for none)
 * @param output       generator's output activation: none | tanh | sigmoid
 * @param init         pytorch | glorot | normal (N(0, 0.02), as DCGAN)
 */
public record NetworkConfig(List<Integer> hidden, String activation, double slope, boolean batchNorm, boolean spectralNorm,
                            int featureLayer, String output, String init) {
    public static final List<String> ACTIVATIONS = List.of("leaky_relu", "relu", "tanh", "sigmoid", "softplus");
    public static final NetworkConfig GENERATOR_DEFAULTS =
            new NetworkConfig(List.of(128, 128), "leaky_relu", 0.2, false, false, 0, "none", "pytorch");
    public static final NetworkConfig DISCRIMINATOR_DEFAULTS =
            new NetworkConfig(List.of(128, 128), "leaky_relu", 0.2, false, false, 2, "none", "pytorch");

    public NetworkConfig {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
    }

    void validate(String key) {
        for (int i = 0; i < hidden.size(); i++) Check.atLeast(key + ".hidden[" + i + "]", hidden.get(i), 1);
        Check.oneOf(key + ".activation", activation, ACTIVATIONS);
        Check.nonNegative(key + ".slope", slope);
        Check.atLeast(key + ".featureLayer", featureLayer, 0);
        Check.oneOf(key + ".output", output, List.of("none", "tanh", "sigmoid"));
        Check.oneOf(key + ".init", init, List.of("pytorch", "glorot", "normal"));
    }
}

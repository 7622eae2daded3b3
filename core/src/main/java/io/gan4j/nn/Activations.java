package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import java.util.List;

/** Activation layers, by method or by the names used in run configurations. */
public final class Activations {
    /** The names {@link #of} understands. */
    public static final List<String> NAMES = List.of("relu", "leaky_relu", "tanh", "sigmoid", "softplus", "none");
    /** PyTorch's LeakyReLU default; Keras' LeakyReLU defaults to 0.3. */
    public static final double DEFAULT_SLOPE = 0.01;

    private Activations() {}

    public static Module relu() {
        return new Lambda("ReLU", Variable::relu);
    }

    /** max(x, slope·x) for slope in [0, 1]. */
    public static Module leakyRelu(double slope) {
        return new LeakyRelu(slope);
    }

    public static Module tanh() {
        return new Lambda("Tanh", Variable::tanh);
    }

    public static Module sigmoid() {
        return new Lambda("Sigmoid", Variable::sigmoid);
    }

    /** log(1 + eˣ). */
    public static Module softplus() {
        return new Lambda("Softplus", Variable::softplus);
    }

    public static Module identity() {
        return new Lambda("Identity", x -> x);
    }

    /** By configuration name; {@code slope} is used by leaky_relu only. */
    public static Module of(String name, double slope) {
        return switch (name) {
            case "relu" -> relu();
            case "leaky_relu" -> leakyRelu(slope);
            case "tanh" -> tanh();
            case "sigmoid" -> sigmoid();
            case "softplus" -> softplus();
            case "none" -> identity();
            default -> throw new IllegalArgumentException("unknown activation '" + name + "', expected one of " + String.join(", ", NAMES));
        };
    }

    public static Module of(String name) {
        return of(name, DEFAULT_SLOPE);
    }
}

package io.gan4j.nn;

import io.gan4j.tensor.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Multi-layer perceptrons as a {@link Sequential}: for each hidden width a Linear, then
 * BatchNorm1d when asked (between the Dense layer and its activation, as in Keras GAN
 * examples), then the activation; then an optional linear feature layer (discriminators);
 * then the output Linear and an optional output activation. With spectral norm every Linear
 * is wrapped in {@link SpectralNorm}.
 *
 * <p>Children are numbered in that order, so checkpoint keys read e.g. {@code 0.weight},
 * {@code 1.running_mean}, or with spectral norm {@code 0.weight_orig}.
 */
public final class Mlp {
    private Mlp() {}

    /** Hidden layers with activation, then the output Linear; weights and biases both drawn by {@code init}. */
    public static Sequential of(int in, List<Integer> hidden, int out, Supplier<Module> activation,
                                boolean batchNorm, boolean spectralNorm, Init init, Rng rng) {
        return builder(in, out).hidden(hidden).activation(activation).batchNorm(batchNorm).spectralNorm(spectralNorm).init(init).build(rng);
    }

    /** As above with a linear feature layer of the given width (0 for none) before the output. */
    public static Sequential of(int in, List<Integer> hidden, int out, Supplier<Module> activation,
                                boolean batchNorm, boolean spectralNorm, int featureLayer, Init init, Rng rng) {
        return builder(in, out).hidden(hidden).activation(activation).batchNorm(batchNorm).spectralNorm(spectralNorm)
                .featureLayer(featureLayer).init(init).build(rng);
    }

    public static Builder builder(int in, int out) {
        return new Builder(in, out);
    }

    /** Settings of an MLP; the defaults are all here. */
    public static final class Builder {
        private final int in;
        private final int out;
        private List<Integer> hidden = List.of();
        private Supplier<Module> activation = Activations::relu;
        private boolean batchNorm = false;
        private double batchNormEps = BatchNorm.DEFAULT_EPS;
        private double batchNormMomentum = BatchNorm.DEFAULT_MOMENTUM;
        private boolean flattenInput = false;
        private int[] outputShape = null;
        private boolean spectralNorm = false;
        private int featureLayer = 0;
        private Supplier<Module> outputActivation = null;
        private Init weightInit = Init.pytorchDefault();
        private Init biasInit = Init.pytorchDefault();

        private Builder(int in, int out) {
            requirePositive("in", in);
            requirePositive("out", out);
            this.in = in;
            this.out = out;
        }

        public Builder hidden(List<Integer> widths) {
            for (int i = 0; i < widths.size(); i++) requirePositive("hidden[" + i + "]", widths.get(i));
            this.hidden = List.copyOf(widths);
            return this;
        }

        /** Each hidden layer gets a fresh module from this supplier. */
        public Builder activation(Supplier<Module> activation) {
            this.activation = activation;
            return this;
        }

        public Builder batchNorm(boolean on) {
            this.batchNorm = on;
            return this;
        }

        /** BatchNorm's eps and momentum (PyTorch's convention: Keras' momentum 0.99 is 0.01 here). */
        public Builder batchNormSettings(double eps, double momentum) {
            this.batchNormEps = eps;
            this.batchNormMomentum = momentum;
            return this;
        }

        /** Flattens each example first, so an MLP takes images [n, c, h, w] (a Flatten layer comes first). */
        public Builder flattenInput(boolean on) {
            this.flattenInput = on;
            return this;
        }

        /** Reshapes each output to this shape, e.g. [1, 28, 28] for images (an Unflatten layer comes last); null for none. */
        public Builder outputShape(int... shape) {
            this.outputShape = shape == null ? null : shape.clone();
            return this;
        }

        public Builder spectralNorm(boolean on) {
            this.spectralNorm = on;
            return this;
        }

        /** Width of a linear (no activation) layer before the output; 0 for none. */
        public Builder featureLayer(int width) {
            if (width < 0) throw new IllegalArgumentException("Mlp: featureLayer must be 0 or positive, got " + width);
            this.featureLayer = width;
            return this;
        }

        /** An activation after the output layer (e.g. tanh for a generator); null for none. */
        public Builder outputActivation(Supplier<Module> activation) {
            this.outputActivation = activation;
            return this;
        }

        /** The same initialiser for weights and biases (PyTorch's default draws both alike). */
        public Builder init(Init both) {
            return init(both, both);
        }

        public Builder init(Init weights, Init biases) {
            this.weightInit = weights;
            this.biasInit = biases;
            return this;
        }

        public Sequential build(Rng rng) {
            List<Module> layers = new ArrayList<>();
            if (flattenInput) layers.add(new Flatten());
            int width = in;
            for (int h : hidden) {
                layers.add(linear(width, h, rng));
                if (batchNorm) layers.add(new BatchNorm1d(h, batchNormEps, batchNormMomentum));
                layers.add(activation.get());
                width = h;
            }
            if (featureLayer > 0) {
                layers.add(linear(width, featureLayer, rng));
                width = featureLayer;
            }
            layers.add(linear(width, out, rng));
            if (outputActivation != null) layers.add(outputActivation.get());
            if (outputShape != null) layers.add(new Unflatten(outputShape));
            return new Sequential(layers);
        }

        private Module linear(int from, int to, Rng rng) {
            Linear linear = new Linear(from, to, true, weightInit, biasInit, rng);
            return spectralNorm ? new SpectralNorm(linear, rng) : linear;
        }

        private static void requirePositive(String what, int value) {
            if (value <= 0) throw new IllegalArgumentException("Mlp: " + what + " must be positive, got " + value);
        }
    }
}

package io.gan4j.train.metrics;

import io.gan4j.autograd.GradMode;
import io.gan4j.autograd.Variable;
import io.gan4j.nn.Activations;
import io.gan4j.nn.Conv2d;
import io.gan4j.nn.Flatten;
import io.gan4j.nn.Init;
import io.gan4j.nn.Linear;
import io.gan4j.nn.Module;
import io.gan4j.nn.Sequential;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;

/**
 * The small convolutional classifier whose features the Fréchet classifier distance compares (FID's Inception
 * network is large and not available offline; for 28×28 images the practice is a classifier trained on the data set
 * itself): conv 1→32 3×3, conv 32→64 4×4 stride 2, conv 64→64 4×4 stride 2, each with ReLU, then a dense layer of
 * {@value #FEATURES} with ReLU (the features), then {@value #CLASSES} logits.
 */
public final class Classifier extends Module {
    public static final int FEATURES = 128;
    public static final int CLASSES = 10;
    /** Images per forward pass when measuring many (bounds the memory of one pass). */
    private static final int CHUNK = 500;

    private final Sequential body;
    private final Linear head;

    public Classifier(Rng rng) {
        this.body = addModule("body", new Sequential(
                new Conv2d(1, 32, 3, 1, 1, rng), Activations.relu(),
                new Conv2d(32, 64, 4, 2, 1, rng), Activations.relu(),
                new Conv2d(64, 64, 4, 2, 1, rng), Activations.relu(),
                new Flatten(),
                new Linear(64 * 7 * 7, FEATURES, true, Init.pytorchDefault(), Init.pytorchDefault(), rng), Activations.relu()));
        this.head = addModule("head", new Linear(FEATURES, CLASSES, rng));
    }

    @Override
    public Variable forward(Variable images) {
        return head.forward(body.forward(images));
    }

    /** What a pass gives for a set of images [n, 1, 28, 28]: the features [n, 128] and the class probabilities [n, 10]. */
    public record Outputs(Tensor features, Tensor probabilities) {}

    /** Features and probabilities of many images, in chunks, without a graph. */
    public Outputs outputs(Tensor images) {
        int n = images.dim(0), pixels = images.size() / Math.max(1, n);
        float[] features = new float[n * FEATURES], probabilities = new float[n * CLASSES];
        try (GradMode.Scope ignored = GradMode.off()) {
            for (int from = 0; from < n; from += CHUNK) {
                int m = Math.min(CHUNK, n - from);
                float[] part = new float[m * pixels];
                System.arraycopy(images.data(), from * pixels, part, 0, part.length);
                Variable f = body.forward(Variable.constant(Tensor.of(part, m, 1, 28, 28)));
                System.arraycopy(f.value().data(), 0, features, from * FEATURES, m * FEATURES);
                softmaxInto(head.forward(f).value().data(), probabilities, from * CLASSES);
            }
        }
        return new Outputs(Tensor.of(features, n, FEATURES), Tensor.of(probabilities, n, CLASSES));
    }

    private static void softmaxInto(float[] logits, float[] out, int offset) {
        for (int row = 0; row < logits.length / CLASSES; row++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int c = 0; c < CLASSES; c++) max = Math.max(max, logits[row * CLASSES + c]);
            for (int c = 0; c < CLASSES; c++) sum += StrictMath.exp(logits[row * CLASSES + c] - max);
            for (int c = 0; c < CLASSES; c++) out[offset + row * CLASSES + c] = (float) (StrictMath.exp(logits[row * CLASSES + c] - max) / sum);
        }
    }
}

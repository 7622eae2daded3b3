package io.gan4j.train.metrics;

import io.gan4j.autograd.Variable;
import io.gan4j.data.ImageData;
import io.gan4j.loss.CrossEntropy;
import io.gan4j.optim.Adam;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Trains the {@link Classifier} on labelled images: Adam on softmax cross-entropy, minibatches from a seeded
 * shuffle of the whole set each epoch (the same seed gives the same weights, bit for bit).
 */
public final class ClassifierTraining {
    public static final int BATCH = 128;
    public static final float LEARNING_RATE = 1e-3f;

    private ClassifierTraining() {}

    /** Trains a new classifier for {@code epochs} passes over the data; {@code afterEpoch} hears each finished epoch. */
    public static Classifier train(ImageData data, int epochs, long seed, IntConsumer afterEpoch) {
        Classifier classifier = new Classifier(Rng.at(seed, "init", 0));
        Adam adam = new Adam(classifier.namedParameters(), Adam.DEFAULTS.withLr(LEARNING_RATE));
        int[] labels = data.labels();
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = shuffled(data.size(), Rng.at(seed, "shuffle", epoch));
            for (int from = 0; from + BATCH <= order.length; from += BATCH) {
                int[] batch = Arrays.copyOfRange(order, from, from + BATCH);
                int[] batchLabels = Arrays.stream(batch).map(i -> labels[i]).toArray();
                classifier.zeroGrad();
                CrossEntropy.of(classifier.forward(Variable.constant(data.images(batch))), batchLabels).backward(classifier.parameters());
                adam.step();
            }
            afterEpoch.accept(epoch + 1);
        }
        classifier.eval();
        return classifier;
    }

    /** The share of images whose most likely class is their label. */
    public static double accuracy(Classifier classifier, ImageData data) {
        Tensor p = classifier.outputs(data.images()).probabilities();
        int[] labels = data.labels();
        int k = Classifier.CLASSES, right = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) if (p.data()[i * k + c] > p.data()[i * k + best]) best = c;
            if (best == labels[i]) right++;
        }
        return (double) right / labels.length;
    }

    /** A Fisher-Yates shuffle of 0..n-1 from the stream. */
    static int[] shuffled(int n, Rng rng) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}

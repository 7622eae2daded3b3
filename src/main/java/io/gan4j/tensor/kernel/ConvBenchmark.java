package io.gan4j.tensor.kernel;

import io.gan4j.tensor.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times the convolution kernels on the DCGAN (MNIST) layer shapes: GFLOP/s (2 * multiply-adds per second, median
 * run after warm-up) and the share of thread time spent outside GEMM (im2col, col2im, copies, idle threads).
 */
public final class ConvBenchmark {
    /** Benchmark settings; {@link #DEFAULTS} holds every default. */
    public record Options(int batch, int threads, int warmup, int runs) {
        public static final Options DEFAULTS = new Options(64, Conv2d.DEFAULT_THREADS, 2, 5);

        public Options {
            if (batch < 1 || threads < 1 || warmup < 0 || runs < 1) {
                throw new IllegalArgumentException("bench conv: need batch >= 1, threads >= 1, warmup >= 0, runs >= 1; got batch "
                        + batch + ", threads " + threads + ", warmup " + warmup + ", runs " + runs);
            }
        }
    }

    /** One layer: a direct or transposed convolution with its (direct-convolution) geometry. */
    public record Layer(String name, ConvGeometry geometry, boolean transposed) {}

    public enum Direction { FORWARD, BACKWARD }

    /** The median run of one layer and direction. */
    public record Measurement(Layer layer, Direction direction, long flops, double seconds, double gemmThreadSeconds,
                              int threads) {
        public double gflops() {
            return flops / seconds / 1e9;
        }

        /** Wall time not covered by GEMM, spreading the GEMM thread time evenly over the threads. */
        public double outsideGemmSeconds() {
            return Math.max(0, seconds - gemmThreadSeconds / threads);
        }

        public double outsideGemmShare() {
            return outsideGemmSeconds() / seconds;
        }
    }

    private ConvBenchmark() {}

    /** DCGAN for 28x28 images, 4x4 kernels, stride 2, padding 1: two discriminator convs, two generator transposed convs. */
    public static List<Layer> dcganLayers(int batch) {
        return List.of(
                new Layer("D conv 1->64 28->14", ConvGeometry.forConv(shape(batch, 1, 28, 28), shape(64, 1, 4, 4), 2, 1), false),
                new Layer("D conv 64->128 14->7", ConvGeometry.forConv(shape(batch, 64, 14, 14), shape(128, 64, 4, 4), 2, 1), false),
                new Layer("G convT 128->64 7->14", ConvGeometry.forTransposed(shape(batch, 128, 7, 7), shape(128, 64, 4, 4), 2, 1, 0), true),
                new Layer("G convT 64->1 14->28", ConvGeometry.forTransposed(shape(batch, 64, 14, 14), shape(64, 1, 4, 4), 2, 1, 0), true));
    }

    /** Runs every layer forward and backward, handing each measurement to {@code onResult} as it completes. */
    public static List<Measurement> run(Options options, Consumer<Measurement> onResult) {
        int saved = Conv2d.threads();
        Conv2d.setThreads(options.threads());
        try {
            List<Measurement> results = new ArrayList<>();
            for (Layer layer : dcganLayers(options.batch())) {
                LayerData data = new LayerData(layer, new Rng(42));
                for (Direction direction : Direction.values()) {
                    Measurement m = measure(layer, direction, data, options);
                    results.add(m);
                    onResult.accept(m);
                }
            }
            return results;
        } finally {
            Conv2d.setThreads(saved);
        }
    }

    public static String describe(Measurement m) {
        return String.format(Locale.ROOT, "%-22s %-8s %9.2f ms %8.2f GFLOP/s   outside GEMM %5.1f%% (%.2f ms)",
                m.layer().name(), m.direction().name().toLowerCase(Locale.ROOT), m.seconds() * 1e3, m.gflops(),
                100 * m.outsideGemmShare(), m.outsideGemmSeconds() * 1e3);
    }

    public static String summarize(List<Measurement> results, Options options) {
        double seconds = 0, outside = 0;
        long flops = 0;
        for (Measurement m : results) {
            seconds += m.seconds();
            outside += m.outsideGemmSeconds();
            flops += m.flops();
        }
        return String.format(Locale.ROOT,
                "total (batch %d, %d threads): %.2f GFLOP in %.2f ms = %.2f GFLOP/s, outside GEMM %.1f%% (%.2f ms)",
                options.batch(), options.threads(), flops / 1e9, seconds * 1e3, flops / seconds / 1e9,
                100 * outside / seconds, outside * 1e3);
    }

    private static Measurement measure(Layer layer, Direction direction, LayerData data, Options options) {
        for (int i = 0; i < options.warmup(); i++) data.pass(direction);
        double[][] runs = new double[options.runs()][];
        for (int i = 0; i < runs.length; i++) {
            GemmTimer.start();
            long start = System.nanoTime();
            data.pass(direction);
            long wall = System.nanoTime() - start;
            runs[i] = new double[] {wall * 1e-9, GemmTimer.stop() * 1e-9};
        }
        Arrays.sort(runs, (a, b) -> Double.compare(a[0], b[0]));
        double[] median = runs[runs.length / 2];
        long flops = 2 * layer.geometry().macs() * (direction == Direction.FORWARD ? 1 : 2);
        return new Measurement(layer, direction, flops, median[0], median[1], options.threads());
    }

    private static int[] shape(int... dims) {
        return dims;
    }

    /**
     * One layer's fixed random inputs (image side, column side, weight, biases) and output buffers; every pass reads
     * only the fixed inputs, so values stay in range however often it runs.
     */
    private static final class LayerData {
        private final Layer layer;
        private final ConvGeometry g;
        private final float[] image, columns, weight, imageBias, columnBias;
        private final float[] imageOut, columnsOut, weightGrad, imageBiasGrad, columnBiasGrad;

        LayerData(Layer layer, Rng rng) {
            this.layer = layer;
            this.g = layer.geometry();
            image = random(rng, g.inputShape());
            columns = random(rng, g.outputShape());
            weight = random(rng, g.weightShape());
            imageBias = random(rng, g.inChannels());
            columnBias = random(rng, g.outChannels());
            imageOut = new float[image.length];
            columnsOut = new float[columns.length];
            weightGrad = new float[weight.length];
            imageBiasGrad = new float[imageBias.length];
            columnBiasGrad = new float[columnBias.length];
        }

        /** Backward takes the fixed image-side (transposed) or column-side (direct) array as the output gradient. */
        void pass(Direction direction) {
            if (!layer.transposed()) {
                if (direction == Direction.FORWARD) {
                    Conv2d.forward(g, image, weight, columnBias, columnsOut);
                } else {
                    Conv2d.backwardInput(g, columns, weight, imageOut);
                    Conv2d.backwardWeight(g, image, columns, weightGrad);
                    Conv2d.backwardBias(g, columns, columnBiasGrad);
                }
            } else if (direction == Direction.FORWARD) {
                Conv2d.transposeForward(g, columns, weight, imageBias, imageOut);
            } else {
                Conv2d.forward(g, image, weight, null, columnsOut);
                Conv2d.backwardWeight(g, image, columns, weightGrad);
                Conv2d.transposeBackwardBias(g, image, imageBiasGrad);
            }
        }

        private static float[] random(Rng rng, int... shape) {
            float[] a = new float[io.gan4j.tensor.Shape.size(shape)];
            for (int i = 0; i < a.length; i++) a[i] = rng.nextFloat() * 2 - 1;
            return a;
        }
    }
}

package io.gan4j.bench;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.kernel.conv.Conv2d;
import io.gan4j.tensor.kernel.conv.ConvGemm;
import io.gan4j.tensor.kernel.conv.ConvGeometry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times the convolution kernels on the DCGAN (MNIST) layer shapes: GFLOP/s (2 * multiply-adds per second, median
 * run after warm-up), and the time of the same pass with the GEMMs switched off, which is the work the
 * convolution adds around GEMM (im2col, col2im, copies, bias, reductions, thread hand-offs). Layers with small
 * patches run the direct kernels, which use no GEMM: for them that time does not exist and is reported as n/a.
 */
public final class ConvBenchmark {
    /** Benchmark settings; {@link #DEFAULTS} holds every default. {@code gemmGflops} is the rate used for projections. */
    public record Options(int batch, int threads, int warmup, int runs, double gemmGflops) {
        public static final Options DEFAULTS = new Options(64, 1, 30, 9, 200);

        public Options {
            if (batch < 1 || threads < 1 || warmup < 0 || runs < 1 || !(gemmGflops > 0)) {
                throw new IllegalArgumentException("bench conv: need batch >= 1, threads >= 1, warmup >= 0, runs >= 1, "
                        + "gemm rate > 0; got batch " + batch + ", threads " + threads + ", warmup " + warmup
                        + ", runs " + runs + ", gemm rate " + gemmGflops);
            }
        }
    }

    /** One layer: a direct or transposed convolution with its (direct-convolution) geometry. */
    public record Layer(String name, ConvGeometry geometry, boolean transposed) {
        /** Whether its kernels multiply with GEMM (false: the direct small-patch kernels). */
        public boolean viaGemm() {
            return Conv2d.usesGemm(geometry);
        }
    }

    public enum Direction { FORWARD, BACKWARD }

    /**
     * Median times of one layer and direction: the full pass, and the pass with GEMMs switched off (NaN for a layer
     * that uses no GEMM).
     */
    public record Measurement(Layer layer, Direction direction, long flops, double seconds, double outsideGemmSeconds) {
        public double gflops() {
            return flops / seconds / 1e9;
        }

        /** NaN for a layer that uses no GEMM. */
        public double outsideGemmShare() {
            return Math.min(1, outsideGemmSeconds / seconds);
        }

        /** The rate if every GEMM ran at {@code gemmGflops} and the rest took what it takes now (without GEMM: now). */
        public double projectedGflops(double gemmGflops) {
            return flops / projectedSeconds(gemmGflops) / 1e9;
        }

        double projectedSeconds(double gemmGflops) {
            return layer.viaGemm() ? outsideGemmSeconds + flops / (gemmGflops * 1e9) : seconds;
        }
    }

    /** Sweeps over all layers with GEMM switched off before measuring, so the JIT has compiled the conv code. */
    private static final int JIT_WARMUP_SWEEPS = 30;
    /**
     * Sweeps over the direct small-patch layers (no GEMM to switch off; they run in full). Their passes take a fraction
     * of a millisecond: after 30 sweeps C2 had not compiled their kernels yet, and the first figures came out at half
     * the rate of a second run in the same JVM. A second of sweeps also lets the compiler finish the other layers' code
     * before the first measurement.
     */
    private static final int DIRECT_JIT_WARMUP_SWEEPS = 1000;

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
            List<LayerData> layers = new ArrayList<>();
            for (Layer layer : dcganLayers(options.batch())) layers.add(new LayerData(layer, new Rng(42)));
            warmUpConvCode(layers);
            List<Measurement> results = new ArrayList<>();
            for (LayerData data : layers) {
                Layer layer = data.layer;
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

    public static String describe(Measurement m, Options options) {
        String head = String.format(Locale.ROOT, "%-22s %-8s %9.2f ms %8.2f GFLOP/s   ", m.layer().name(),
                m.direction().name().toLowerCase(Locale.ROOT), m.seconds() * 1e3, m.gflops());
        if (!m.layer().viaGemm()) return head + "outside GEMM n/a (direct kernel, no GEMM)";
        return head + String.format(Locale.ROOT, "outside GEMM %6.2f ms (%4.1f%%)   at %.0f GFLOP/s GEMM: %6.1f GFLOP/s",
                m.outsideGemmSeconds() * 1e3, 100 * m.outsideGemmShare(), options.gemmGflops(),
                m.projectedGflops(options.gemmGflops()));
    }

    /** Totals; outside-GEMM time is over the GEMM layers, and the projection keeps direct layers at their time. */
    public static String summarize(List<Measurement> results, Options options) {
        double seconds = 0, outside = 0, gemmLayerSeconds = 0, projectedSeconds = 0;
        long flops = 0;
        for (Measurement m : results) {
            seconds += m.seconds();
            flops += m.flops();
            projectedSeconds += m.projectedSeconds(options.gemmGflops());
            if (m.layer().viaGemm()) {
                outside += m.outsideGemmSeconds();
                gemmLayerSeconds += m.seconds();
            }
        }
        double projected = flops / projectedSeconds / 1e9;
        return String.format(Locale.ROOT,
                "total (batch %d, %d threads): %.2f GFLOP in %.2f ms = %.2f GFLOP/s, outside GEMM %.2f ms (%.1f%% of the "
                        + "GEMM layers' time); at %.0f GFLOP/s GEMM: %.1f GFLOP/s (%.0f%% of GEMM)",
                options.batch(), options.threads(), flops / 1e9, seconds * 1e3, flops / seconds / 1e9,
                outside * 1e3, gemmLayerSeconds > 0 ? 100 * Math.min(1, outside / gemmLayerSeconds) : 0.0,
                options.gemmGflops(), projected, 100 * projected / options.gemmGflops());
    }

    private static void warmUpConvCode(List<LayerData> layers) {
        ConvGemm.skip(true);
        try {
            for (int sweep = 0; sweep < JIT_WARMUP_SWEEPS; sweep++) {
                for (LayerData data : layers) data.passBothWays();
            }
            for (int sweep = JIT_WARMUP_SWEEPS; sweep < DIRECT_JIT_WARMUP_SWEEPS; sweep++) {
                for (LayerData data : layers) if (!data.layer.viaGemm()) data.passBothWays();
            }
        } finally {
            ConvGemm.skip(false);
        }
    }

    private static Measurement measure(Layer layer, Direction direction, LayerData data, Options options) {
        double full = medianSeconds(() -> data.pass(direction), options);
        long flops = 2 * layer.geometry().macs() * (direction == Direction.FORWARD ? 1 : 2);
        if (!layer.viaGemm()) return new Measurement(layer, direction, flops, full, Double.NaN);
        double outside;
        ConvGemm.skip(true);
        try {
            outside = medianSeconds(() -> data.pass(direction), options);
        } finally {
            ConvGemm.skip(false);
        }
        return new Measurement(layer, direction, flops, full, outside);
    }

    private static double medianSeconds(Runnable pass, Options options) {
        for (int i = 0; i < options.warmup(); i++) pass.run();
        double[] seconds = new double[options.runs()];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            pass.run();
            seconds[i] = (System.nanoTime() - start) * 1e-9;
        }
        Arrays.sort(seconds);
        return seconds[seconds.length / 2];
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

        /** Forward, then backward. */
        void passBothWays() {
            for (Direction direction : Direction.values()) pass(direction);
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

package io.gan4j.viz;

import io.gan4j.tensor.Rng;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders example pictures for eyeballing: {@code VizDemo <outDir>}. Not a test. */
public final class VizDemo {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/vizdemo");
        Files.createDirectories(out);
        Rng rng = new Rng(7);
        Points real = parabola(rng, 512, 1f, 0f);
        PlotWindow window = PlotWindow.around(real, 0.15);
        var frames = new java.util.ArrayList<java.awt.image.BufferedImage>();
        for (int frame = 0; frame < 3; frame++) {
            float bend = 0.3f + 0.35f * frame, lift = 0.5f - 0.2f * frame;
            Points fake = parabola(rng, 512, bend, lift);
            float sharp = 0.45f - 0.12f * frame;
            DecisionMap map = decision(window, 60, 60, sharp);
            boolean[] fooled = new boolean[fake.size()];
            for (int i = 0; i < fake.size(); i++) fooled[i] = d(fake.xs()[i], fake.ys()[i], sharp) > 0.5f;
            var snap = new ScatterSnapshot(ScatterFrame.title(5000L * (frame + 1), 1.38 - 0.1 * frame, 0.69 + 0.1 * frame),
                    real, fake, fooled, map, window);
            ScatterFrame.writePng(snap, out.resolve("scatter-" + frame + ".png"));
            frames.add(ScatterFrame.render(snap));
        }
        long t0 = System.nanoTime();
        GifWriter.write(out.resolve("training.gif"), frames, 600);
        System.out.printf("gif: %d frames in %.0f ms%n", frames.size(), (System.nanoTime() - t0) / 1e6);
        io.gan4j.tensor.Tensor fakes = blobs(rng, 64, 0.6f), reals = blobs(rng, 64, 0.1f);
        ImageGrid.writePng(ImageGrid.sideBySide(java.util.List.of(
                new ImageGrid.Panel("generated", ImageGrid.render(fakes, GridStyle.DEFAULT)),
                new ImageGrid.Panel("real", ImageGrid.render(reals, GridStyle.DEFAULT)))), out.resolve("grid.png"));
        Points fake = parabola(rng, 300, 0.8f, 0.1f);
        ScatterFrame.writePng(new ScatterSnapshot("no decision map, no fooled flags", real, fake, null, null, window, "x2", "x5"),
                out.resolve("scatter-plain.png"));
        LossPlot.writePng(losses(rng, 20000), out.resolve("losses.png"));
        LossPlot.writePng(losses(rng, 40), out.resolve("losses-short.png"));
        LossPlot.writePng(java.util.List.of(), out.resolve("losses-empty.png"));
    }

    static java.util.List<LossSeries> losses(Rng rng, int n) {
        double[] it = new double[n], d = new double[n], g = new double[n], dr = new double[n], df = new double[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / n;
            it[i] = i;
            d[i] = 1.2 + 0.18 * t + 1.5 * Math.exp(-i / 200.0) + 0.15 * rng.nextGaussian();
            g[i] = 0.75 + 0.1 * Math.sin(6 * t) + 0.2 * rng.nextGaussian() + (i == n / 3 ? 4 : 0);
            dr[i] = 0.5 + 0.2 * Math.exp(-5 * t) + 0.05 * rng.nextGaussian();
            df[i] = 0.5 - 0.2 * Math.exp(-5 * t) + 0.05 * rng.nextGaussian();
        }
        return java.util.List.of(new LossSeries("D loss", it, d), new LossSeries("G loss", it, g),
                new LossSeries("D(real)", it, dr), new LossSeries("D(fake)", it, df));
    }

    /** 28x28 soft ellipses in [-1, 1], noisier for larger {@code noise}: a stand-in for Fashion-MNIST. */
    static io.gan4j.tensor.Tensor blobs(Rng rng, int n, float noise) {
        float[] d = new float[n * 28 * 28];
        for (int k = 0; k < n; k++) {
            double rx = 5 + 7 * rng.nextDouble(), ry = 6 + 6 * rng.nextDouble(), bright = 0.4 + 0.6 * rng.nextDouble();
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    double e = Math.pow((x - 13.5) / rx, 2) + Math.pow((y - 13.5) / ry, 2);
                    double v = (e < 1 ? bright * (1 - 0.5 * e) : 0) * 2 - 1 + noise * rng.nextGaussian() * 0.5;
                    d[k * 784 + y * 28 + x] = (float) Math.max(-1, Math.min(1, v));
                }
            }
        }
        return io.gan4j.tensor.Tensor.of(d, n, 1, 28, 28);
    }

    static Points parabola(Rng rng, int n, float bend, float lift) {
        float[] xs = new float[n], ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 2f * rng.nextFloat() - 1f;
            ys[i] = bend * xs[i] * xs[i] + lift + 0.05f * (float) rng.nextGaussian();
        }
        return new Points(xs, ys);
    }

    static float d(float x, float y, float sharp) {
        // Plausible mid-training D: high along the data's parabola, falling off over a width that shrinks as D sharpens.
        double gap = (y - x * x) / sharp;
        return (float) (1 / (1 + Math.exp(-(2.5 * (1 - gap * gap) - 0.3 * x))));
    }

    static DecisionMap decision(PlotWindow w, int nx, int ny, float sharp) {
        float[] v = new float[nx * ny];
        float[] c = DecisionMap.cellCentres(nx, ny, w).data();
        for (int k = 0; k < v.length; k++) v[k] = d(c[2 * k], c[2 * k + 1], sharp);
        return new DecisionMap(v, nx, ny, w);
    }
}

package io.gan4j.web;

import io.gan4j.data.Labelled;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.DataColumns;
import io.gan4j.train.DecisionShading;
import io.gan4j.train.Fooled;
import io.gan4j.train.Gan;
import io.gan4j.train.GanFactory;
import io.gan4j.train.LatentSampler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the page draws of a GAN, as plain arrays: for 2-D data the real points, generated points from
 * a fixed latent sample (so they move rather than flicker) with whether each fooled D, D's decision
 * map, the generator's manifold and the way G's loss pushes each point; for images a grid of
 * generated images from fixed latents beside real ones. Everything is in the data's units. The
 * networks are read on the training thread, between steps.
 */
final class Scene {
    static final int POINTS = 500, GRID = 32, IMAGES = 36, MANIFOLD_LINE = 64, MANIFOLD_GRID = 15;
    private static final double MARGIN = 0.15;

    private final GanFactory.Setup setup;
    private final boolean images;
    private final Tensor fixedLatent;
    private final int[] fakeLabels;
    private final Tensor realSample;
    private final int[] realLabels;
    /** xMin, xMax, yMin, yMax of the view, fixed from the real sample. */
    private final double[] extent;
    private final Tensor gridPoints;

    Scene(GanFactory.Setup setup, long seed) {
        this.setup = setup;
        Gan gan = setup.gan();
        this.images = setup.data().exampleShape().length == 3;
        int n = images ? IMAGES : POINTS;
        Rng realRng = Rng.at(seed, "dashboard", 0);
        Labelled real = gan.isConditional() ? setup.data().sampleLabelled(n, realRng) : null;
        this.realSample = real != null ? real.examples() : setup.data().sample(n, realRng);
        this.realLabels = real != null ? real.labels() : null;
        Rng fakeRng = Rng.at(seed, "dashboard", 1);
        this.fakeLabels = gan.isConditional() ? gan.realData().sampleLabels(n, fakeRng) : null;
        this.fixedLatent = gan.latent().sample(n, fakeRng);
        this.extent = images ? null : extent(realSample);
        this.gridPoints = images || setup.data().dim() != 2 || gan.isConditional() ? null : cellCentres(extent);
    }

    boolean images() {
        return images;
    }

    /** What never changes during a session: the real examples, the view's extent, the columns, the classes. */
    Map<String, Object> still() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", images ? "images" : "points");
        if (images) {
            m.put("imageShape", setup.data().exampleShape());
            m.put("realImages", Encoded.pixels(realSample));
        } else {
            m.put("extent", extent);
            m.put("columns", DataColumns.of(setup.data()).subList(0, 2));
            m.put("real", Encoded.floats(firstTwoColumns(realSample)));
            m.put("grid", gridPoints == null ? 0 : GRID);
        }
        m.put("classes", setup.gan().classNames());
        if (realLabels != null) m.put("realLabels", realLabels);
        if (fakeLabels != null) m.put("fakeLabels", fakeLabels);
        m.put("latentSize", setup.gan().latent().size());
        return m;
    }

    /** The networks' state now; D's decision map only if {@code withMap} (the page keeps the last one). */
    Map<String, Object> now(boolean withMap) {
        Gan gan = setup.gan();
        Map<String, Object> m = new LinkedHashMap<>();
        Tensor generated = generated();
        if (images) {
            m.put("images", Encoded.pixels(generated));
            return m;
        }
        Gan.Judgement judged = gan.judgeWithGradient(generated, fakeLabels);
        m.put("fake", Encoded.floats(firstTwoColumns(setup.toData(generated))));
        m.put("fooled", Encoded.bits(Fooled.flags(setup, judged.scores().data(), realSample, realLabels)));
        m.put("push", Encoded.floats(push(judged.generatorLossGradient())));
        if (withMap && gridPoints != null) {
            float[] shaded = DecisionShading.shade(gan.objective(), gan.judge(setup.fromData(gridPoints)).data());
            m.put("map", Encoded.unitBytes(shaded));
        }
        Tensor manifold = manifold();
        if (manifold != null) m.put("manifold", Encoded.floats(firstTwoColumns(setup.toData(manifold))));
        return m;
    }

    private Tensor generated() {
        Gan gan = setup.gan();
        return fakeLabels != null ? gan.sample(fakeLabels, fixedLatentRng()) : gan.generateFrom(fixedLatent);
    }

    /** A conditional G draws its latents itself: the same stream every time gives the same latents. */
    private Rng fixedLatentRng() {
        return Rng.at(setup.config().seed(), "dashboard", 2);
    }

    /**
     * Minus the gradient of G's loss at each generated point, in the data's units: the way G's next
     * update moves it (the chain rule through the standardisation scales each column by its spread).
     */
    private float[] push(Tensor generatorLossGradient) {
        float[] grad = firstTwoColumns(generatorLossGradient);
        double[] spread = setup.standardized() == null ? new double[] {1, 1} : setup.standardized().standardizer().std();
        for (int i = 0; i < grad.length; i++) grad[i] = (float) (-grad[i] * spread[i % 2]);
        return grad;
    }

    /** G of a line (latent size 1) or a grid (latent size 2) of latents; null for other sizes and conditional GANs. */
    private Tensor manifold() {
        Gan gan = setup.gan();
        int size = gan.latent().size();
        if (gan.isConditional() || size > 2) return null;
        double reach = gan.latent().distribution() == LatentSampler.Distribution.UNIFORM ? 1 : 2.5;
        int n = size == 1 ? MANIFOLD_LINE : MANIFOLD_GRID;
        float[] z = new float[size == 1 ? n : n * n * 2];
        for (int i = 0; i < n; i++) {
            float a = (float) (-reach + 2 * reach * i / (n - 1));
            if (size == 1) {
                z[i] = a;
                continue;
            }
            for (int j = 0; j < n; j++) {
                z[(i * n + j) * 2] = (float) (-reach + 2 * reach * j / (n - 1));
                z[(i * n + j) * 2 + 1] = a;
            }
        }
        return gan.generateFrom(Tensor.of(z, size == 1 ? n : n * n, size));
    }

    private static float[] firstTwoColumns(Tensor rows) {
        int n = rows.dim(0), d = rows.size() / n;
        float[] v = rows.data(), out = new float[n * 2];
        for (int i = 0; i < n; i++) {
            out[2 * i] = v[i * d];
            out[2 * i + 1] = v[i * d + 1];
        }
        return out;
    }

    private static double[] extent(Tensor real) {
        float[] xy = firstTwoColumns(real);
        double xMin = Double.MAX_VALUE, xMax = -Double.MAX_VALUE, yMin = Double.MAX_VALUE, yMax = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            xMin = Math.min(xMin, xy[i]);
            xMax = Math.max(xMax, xy[i]);
            yMin = Math.min(yMin, xy[i + 1]);
            yMax = Math.max(yMax, xy[i + 1]);
        }
        double dx = Math.max(xMax - xMin, 1e-6) * MARGIN, dy = Math.max(yMax - yMin, 1e-6) * MARGIN;
        return new double[] {xMin - dx, xMax + dx, yMin - dy, yMax + dy};
    }

    /** Row j = 0 is the bottom row of the map, as the page draws it. */
    private static Tensor cellCentres(double[] e) {
        float[] xy = new float[GRID * GRID * 2];
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                int k = (j * GRID + i) * 2;
                xy[k] = (float) (e[0] + (i + 0.5) * (e[1] - e[0]) / GRID);
                xy[k + 1] = (float) (e[2] + (j + 0.5) * (e[3] - e[2]) / GRID);
            }
        }
        return Tensor.of(xy, GRID * GRID, 2);
    }
}

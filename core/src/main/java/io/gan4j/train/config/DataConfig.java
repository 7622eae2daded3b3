package io.gan4j.train.config;

import io.gan4j.data.CsvData;
import io.gan4j.data.DataParameterException;
import io.gan4j.data.FashionMnist;
import io.gan4j.data.FormulaData;
import io.gan4j.data.FormulaException;
import io.gan4j.data.FunctionsData;
import io.gan4j.data.ImageFolderData;
import io.gan4j.data.QuadraticData;
import io.gan4j.data.RealData;
import io.gan4j.data.RingData;
import io.gan4j.data.SineData;
import io.gan4j.data.SwissRollData;
import java.nio.file.Path;
import java.util.List;

/**
 * Where real examples come from. Which fields matter depends on {@code kind}; defaults are the data
 * classes' own, and a key the config leaves out takes the chosen kind's default ({@link #defaults(String)}).
 *
 * @param kind        quadratic | sine | formula | functions (several curves, each a class) | ring | swissroll | csv | fashion-mnist (images, 28×28 grey) | images (a folder of PNGs)
 * @param a           quadratic: y = a + x²
 * @param xMin        function targets: smallest x (sine: −π)
 * @param xMax        function targets: largest x (sine: π)
 * @param noise       function targets: standard deviation of Gaussian noise added to y (sine: 0.1); swiss roll: noise (0.25)
 * @param amplitude   sine: amplitude
 * @param frequency   sine: angular frequency
 * @param formula     formula: f(x), e.g. "sin(3*x) + x/2"
 * @param modes       ring: number of Gaussians
 * @param radius      ring: circle radius
 * @param sigma       ring: standard deviation of each Gaussian
 * @param scale       swiss roll: divisor of the roll's size
 * @param file        csv: path to a file of numeric columns
 * @param path        fashion-mnist: the folder of its IDX files, plain or gzipped (empty: Debian's dataset-fashion-mnist; MNIST's files work the same); images: the folder of PNGs of one size (sub-folders: one class each)
 * @param standardize train on standardised data (zero mean, unit variance per column); outputs are mapped back (images: false, their pixels are in [−1, 1])
 * @param functions   functions: the families, each a class, as "name = formula" (default quadratic, sine, cubic and abs)
 * @param labelColumn csv: the header's name of a column of class labels (text), for conditional models; empty for none
 */
public record DataConfig(String kind, double a, double xMin, double xMax, double noise, double amplitude, double frequency,
                         String formula, int modes, double radius, double sigma, double scale, String file, String path,
                         boolean standardize, List<String> functions, String labelColumn) {
    public static final List<String> KINDS =
            List.of(QuadraticData.NAME, SineData.NAME, FormulaData.NAME, FunctionsData.NAME, RingData.NAME, SwissRollData.NAME, CsvData.NAME, FashionMnist.NAME,
                    ImageFolderData.NAME);
    public static final DataConfig DEFAULTS = new DataConfig(QuadraticData.NAME, QuadraticData.DEFAULT_A, QuadraticData.DEFAULT_XMIN,
            QuadraticData.DEFAULT_XMAX, QuadraticData.DEFAULT_NOISE, SineData.DEFAULT_AMPLITUDE, SineData.DEFAULT_FREQUENCY,
            FormulaData.DEFAULT_FORMULA, RingData.DEFAULT_MODES, RingData.DEFAULT_RADIUS, RingData.DEFAULT_SIGMA,
            SwissRollData.DEFAULT_SCALE, "", "", true, FunctionsData.DEFAULT_FUNCTIONS, "");

    public DataConfig {
        functions = functions == null ? List.of() : List.copyOf(functions);
        labelColumn = labelColumn == null ? "" : labelColumn;
    }

    /** The defaults with the shared keys (x-range, noise) set to those of the given kind's data class. */
    public static DataConfig defaults(String kind) {
        DataConfig d = DEFAULTS;
        return switch (kind) {
            case SineData.NAME -> new DataConfig(kind, d.a, SineData.DEFAULT_XMIN, SineData.DEFAULT_XMAX, SineData.DEFAULT_NOISE,
                    d.amplitude, d.frequency, d.formula, d.modes, d.radius, d.sigma, d.scale, d.file, d.path, d.standardize, d.functions, d.labelColumn);
            case SwissRollData.NAME -> new DataConfig(kind, d.a, d.xMin, d.xMax, SwissRollData.DEFAULT_NOISE,
                    d.amplitude, d.frequency, d.formula, d.modes, d.radius, d.sigma, d.scale, d.file, d.path, d.standardize, d.functions, d.labelColumn);
            case FashionMnist.NAME, ImageFolderData.NAME -> new DataConfig(kind, d.a, d.xMin, d.xMax, d.noise, d.amplitude, d.frequency,
                    d.formula, d.modes, d.radius, d.sigma, d.scale, d.file, d.path, false, d.functions, d.labelColumn);
            default -> d;
        };
    }

    /** The same settings with the file and folder absolute (a run folder's config must work from anywhere). */
    public DataConfig withAbsolutePaths() {
        return new DataConfig(kind, a, xMin, xMax, noise, amplitude, frequency, formula, modes, radius, sigma, scale, absolute(file),
                absolute(path), standardize, functions, labelColumn);
    }

    private static String absolute(String p) {
        return p == null || p.isBlank() ? p : Path.of(p).toAbsolutePath().normalize().toString();
    }

    /** The data this config names, in its own units (a CSV file is read now). */
    public RealData toData() {
        return switch (kind) {
            case QuadraticData.NAME -> new QuadraticData(a, xMin, xMax, noise);
            case SineData.NAME -> new SineData(amplitude, frequency, xMin, xMax, noise);
            case FormulaData.NAME -> FormulaData.of(formula, xMin, xMax, noise);
            case FunctionsData.NAME -> FunctionsData.of(functions, xMin, xMax, noise);
            case RingData.NAME -> new RingData(modes, radius, sigma);
            case SwissRollData.NAME -> new SwissRollData(scale, noise);
            case CsvData.NAME -> CsvData.load(Path.of(file), labelColumn);
            case FashionMnist.NAME -> FashionMnist.load(imageFolder(), FashionMnist.Split.TRAIN, false);
            case ImageFolderData.NAME -> ImageFolderData.load(Path.of(path));
            default -> throw new ConfigException("data.kind must be one of " + String.join(", ", KINDS) + ", got '" + kind + "'");
        };
    }

    /** The folder of an image data set's files. */
    public Path imageFolder() {
        return path.isBlank() ? FashionMnist.DEBIAN_DIR : Path.of(path);
    }

    /** Whether this kind of data carries class labels (a CSV only with a label column). */
    public boolean canHaveLabels() {
        return kind.equals(FunctionsData.NAME) || kind.equals(FashionMnist.NAME) || kind.equals(CsvData.NAME) && !labelColumn.isBlank();
    }

    /** Whether the examples are images. */
    public boolean holdsImages() {
        return kind.equals(FashionMnist.NAME) || kind.equals(ImageFolderData.NAME);
    }

    /** The kind's own data class checks its parameters; files are only required to be named here (they are read at build). */
    void validate() {
        Check.oneOf("data.kind", kind, KINDS);
        if (holdsImages()) {
            if (standardize) throw new ConfigException("data.standardize must be false for images (their pixels are in [-1, 1])");
            if (kind.equals(ImageFolderData.NAME) && path.isBlank()) throw new ConfigException("data.path must name a folder of PNG images when data.kind is images");
            return;
        }
        if (kind.equals(CsvData.NAME)) {
            if (file == null || file.isBlank()) throw new ConfigException("data.file must name a CSV file when data.kind is csv");
            return;
        }
        try {
            toData();
        } catch (DataParameterException e) {
            throw new ConfigException("data." + e.parameter() + " " + e.problem());
        } catch (FormulaException e) {
            throw new ConfigException("data.formula: " + e.getMessage(), e);
        }
    }
}

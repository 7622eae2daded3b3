package io.gan4j.data;

import static io.gan4j.data.DataParam.Type.BOOLEAN;
import static io.gan4j.data.DataParam.Type.INTEGER;
import static io.gan4j.data.DataParam.Type.NUMBER;
import static io.gan4j.data.DataParam.Type.PATH;
import static io.gan4j.data.DataParam.Type.TEXT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The data sets by name, with their parameters and one-line descriptions, for the config layer
 * and the UI: {@code create("sine", Map.of("noise", 0.05))}. Parameters left out take their
 * defaults, which are the constants of each data class. Numbers, integers and booleans may also
 * be given as strings.
 */
public final class DataSets {
    private record Kind(String name, String description, List<DataParam> params, Function<ParamValues, RealData> factory) {}

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        add(QuadraticData.NAME, "points on the parabola y = a + x^2", List.of(
                num("a", QuadraticData.DEFAULT_A, "vertical offset"),
                num("xmin", QuadraticData.DEFAULT_XMIN, "lower end of the x-range"),
                num("xmax", QuadraticData.DEFAULT_XMAX, "upper end of the x-range"),
                num("noise", QuadraticData.DEFAULT_NOISE, "std of Gaussian noise on y")),
            v -> new QuadraticData(v.number("a"), v.number("xmin"), v.number("xmax"), v.number("noise")));
        add(SineData.NAME, "noisy sine wave y = amplitude * sin(frequency * x) + noise", List.of(
                num("amplitude", SineData.DEFAULT_AMPLITUDE, "height of the wave"),
                num("frequency", SineData.DEFAULT_FREQUENCY, "angular frequency"),
                num("xmin", SineData.DEFAULT_XMIN, "lower end of the x-range"),
                num("xmax", SineData.DEFAULT_XMAX, "upper end of the x-range"),
                num("noise", SineData.DEFAULT_NOISE, "std of Gaussian noise on y")),
            v -> new SineData(v.number("amplitude"), v.number("frequency"), v.number("xmin"), v.number("xmax"), v.number("noise")));
        add(FormulaData.NAME, "points on a curve y = f(x) you type, e.g. 2*sin(3x) + x^2/4", List.of(
                new DataParam("formula", TEXT, FormulaData.DEFAULT_FORMULA, "f(x): functions " + String.join(", ", Formula.functionNames())),
                num("xmin", FormulaData.DEFAULT_XMIN, "lower end of the x-range"),
                num("xmax", FormulaData.DEFAULT_XMAX, "upper end of the x-range"),
                num("noise", FormulaData.DEFAULT_NOISE, "std of Gaussian noise on y")),
            v -> FormulaData.of(v.text("formula"), v.number("xmin"), v.number("xmax"), v.number("noise")));
        add(RingData.NAME, "8 Gaussians on a ring, the classic mode-collapse test", List.of(
                new DataParam("modes", INTEGER, RingData.DEFAULT_MODES, "number of Gaussians"),
                num("radius", RingData.DEFAULT_RADIUS, "radius of the ring"),
                num("sigma", RingData.DEFAULT_SIGMA, "std of each Gaussian")),
            v -> new RingData(v.integer("modes"), v.number("radius"), v.number("sigma")));
        add(SwissRollData.NAME, "2-D swiss roll spiral", List.of(
                num("scale", SwissRollData.DEFAULT_SCALE, "divisor applied to the raw roll (radius up to 14.1)"),
                num("noise", SwissRollData.DEFAULT_NOISE, "std of Gaussian noise before scaling")),
            v -> new SwissRollData(v.number("scale"), v.number("noise")));
        add(CsvData.NAME, "rows of a CSV file of numeric columns", List.of(
                new DataParam("file", PATH, null, "the CSV file")),
            v -> CsvData.load(v.path("file")));
        add(FashionMnist.NAME, "Fashion-MNIST 28x28 clothing images, scaled to [-1, 1]", List.of(
                new DataParam("dir", PATH, FashionMnist.DEBIAN_DIR.toString(), "directory with the IDX files (plain or .gz)"),
                new DataParam("split", TEXT, "train", "train (60,000 images) or test (10,000)"),
                new DataParam("flatten", BOOLEAN, false, "examples as [784] instead of [1, 28, 28]"),
                new DataParam("classes", TEXT, "", "labels to keep, e.g. 7 or 5,7,9; empty for all")),
            DataSets::fashionMnist);
    }

    private DataSets() {}

    /** The data set names, in a stable order. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    public static String description(String name) {
        return kind(name).description();
    }

    public static List<DataParam> params(String name) {
        return kind(name).params();
    }

    /** The data set with its defaults. */
    public static RealData create(String name) {
        return create(name, Map.of());
    }

    /** The data set with the given parameter values; unknown names, wrong types and bad values are errors naming them. */
    public static RealData create(String name, Map<String, ?> values) {
        Kind kind = kind(name);
        return kind.factory().apply(new ParamValues(kind.name(), kind.params(), values));
    }

    private static Kind kind(String name) {
        Kind kind = KINDS.get(name);
        if (kind == null) throw new IllegalArgumentException("unknown data set '" + name + "' (known: " + String.join(", ", KINDS.keySet()) + ")");
        return kind;
    }

    private static RealData fashionMnist(ParamValues v) {
        String split = v.text("split").strip().toLowerCase(Locale.ROOT);
        FashionMnist.Split which = switch (split) {
            case "train" -> FashionMnist.Split.TRAIN;
            case "test" -> FashionMnist.Split.TEST;
            default -> throw new IllegalArgumentException(FashionMnist.NAME + ": 'split' must be train or test, got '" + split + "'");
        };
        ImageData data = FashionMnist.load(v.path("dir"), which, v.bool("flatten"));
        int[] classes = classes(v.text("classes"));
        return classes.length == 0 ? data : data.withClasses(classes);
    }

    private static int[] classes(String text) {
        if (text.isBlank()) return new int[0];
        try {
            return Arrays.stream(text.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(FashionMnist.NAME + ": 'classes' must be labels like 7 or 5,7,9, got '" + text + "'");
        }
    }

    private static DataParam num(String name, double defaultValue, String help) {
        return new DataParam(name, NUMBER, defaultValue, help);
    }

    private static void add(String name, String description, List<DataParam> params, Function<ParamValues, RealData> factory) {
        KINDS.put(name, new Kind(name, description, params, factory));
    }
}

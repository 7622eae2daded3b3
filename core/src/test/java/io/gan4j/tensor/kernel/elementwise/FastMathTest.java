package io.gan4j.tensor.kernel.elementwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accuracy and bit-reproducibility of the FastMath kernels. */
class FastMathTest {
    private static final int LANES = FloatVector.SPECIES_PREFERRED.length();

    static Stream<FastMathCases.Fn> functions() {
        return FastMathCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void withinUlpBoundOnDenseSweep(FastMathCases.Fn fn) {
        float[] x = FastMathCases.sweep(fn.name());
        double worst = FloatSweep.maxUlpError(x, fn.apply(x), fn.reference());
        assertThat(worst).as("%s max ulp error over %d inputs", fn.name(), x.length).isLessThanOrEqualTo(fn.maxUlp());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void specialsWithinOneUlp(FastMathCases.Fn fn) {
        float[] x = FastMathCases.SPECIALS;
        float[] y = fn.apply(x);
        for (int i = 0; i < x.length; i++) {
            assertThat(FloatSweep.ulpError(y[i], fn.reference().applyAsDouble(x[i])))
                    .as("%s(%s) = %s", fn.name(), x[i], y[i])
                    .isLessThanOrEqualTo(1.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void vectorBodyAndScalarFormGiveTheSameBits(FastMathCases.Fn fn) {
        float[] x = FloatSweep.concat(FastMathCases.SPECIALS, FastMathCases.sweep(fn.name()));
        float[] y = fn.apply(x);
        for (int i = 0; i < x.length; i++) {
            assertThat(bits(y[i])).as("%s(%s)", fn.name(), x[i]).isEqualTo(bits(fn.scalar().apply(x[i])));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void valueGivesTheSameBitsInVectorBodyAndInLoopTail(FastMathCases.Fn fn) {
        int length = 2 * LANES + 3;
        int body = 1, tail = length - 1;
        for (float v : FloatSweep.concat(FastMathCases.SPECIALS, FloatSweep.between(-120f, 120f, 2000))) {
            float[] x = new float[length];
            x[body] = v;
            x[tail] = v;
            float[] y = fn.apply(x);
            assertThat(bits(y[tail])).as("%s(%s): tail vs body", fn.name(), v).isEqualTo(bits(y[body]));
        }
    }

    /** The first call runs interpreted only if no earlier test warmed the kernel; the -Xint test below does not depend on order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void repeatedCallsKeepTheirBitsThroughJitWarmUp(FastMathCases.Fn fn) {
        float[] x = Arrays.copyOf(FloatSweep.concat(FastMathCases.SPECIALS, FloatSweep.between(-30f, 30f, LANES)), LANES + 3);
        float[] first = fn.apply(x);
        for (int round = 0; round < 20_000; round++) {
            float[] again = fn.apply(x);
            if (round % 1000 == 999) assertThat(bitsOf(again)).as("%s, call %d", fn.name(), round).isEqualTo(bitsOf(first));
        }
        assertThat(bitsOf(fn.apply(x))).isEqualTo(bitsOf(first));
    }

    /**
     * The strongest check: an interpreter-only JVM against one where C2 compiles every kernel
     * synchronously (-Xbatch, no tiers) after a warm-up, and against this JVM.
     */
    @Test
    void interpretedAndC2CompiledJvmsGiveTheSameBits() throws IOException, InterruptedException {
        List<String> interpreted = runBitsMain("-Xint");
        List<String> compiled = runBitsMain("-XX:-TieredCompilation", "-Xbatch", "1000");
        List<String> here = FastMathCases.all().stream().map(FastMathBitsChildJvm::line).toList();
        assertThat(interpreted).hasSize(FastMathCases.all().size());
        assertThat(compiled).isEqualTo(interpreted);
        assertThat(here).isEqualTo(interpreted);
    }

    @Test
    void knownValues() {
        assertThat(FastMath.exp(0f)).isEqualTo(1f);
        assertThat(FastMath.exp(-0f)).isEqualTo(1f);
        assertThat(FastMath.exp(Float.NEGATIVE_INFINITY)).isEqualTo(0f);
        assertThat(FastMath.exp(89f)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(FastMath.exp(-103f)).isPositive().isLessThan(Float.MIN_NORMAL);
        assertThat(FastMath.log(1f)).isEqualTo(0f);
        assertThat(FastMath.log(0f)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(FastMath.log(-0f)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(FastMath.log(-1f)).isNaN();
        assertThat(FastMath.log(Float.POSITIVE_INFINITY)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(bits(FastMath.tanh(-0f))).isEqualTo(bits(-0f));
        assertThat(FastMath.tanh(1e-30f)).isEqualTo(1e-30f);
        assertThat(FastMath.tanh(Float.MIN_VALUE)).isEqualTo(Float.MIN_VALUE);
        assertThat(FastMath.tanh(Float.NEGATIVE_INFINITY)).isEqualTo(-1f);
        assertThat(FastMath.sigmoid(0f)).isEqualTo(0.5f);
        assertThat(FastMath.softplus(100f)).isEqualTo(100f);
        assertThat(FastMath.softplus(Float.POSITIVE_INFINITY)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(FastMath.logSigmoid(-100f)).isEqualTo(-100f);
        assertThat(FastMath.logSigmoid(Float.NEGATIVE_INFINITY)).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    /** Runs FastMathBitsChildJvm in a fresh JVM: JVM flags first, then an optional warm-up count. */
    private static List<String> runBitsMain(String... flagsThenArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path")));
        List<String> args = new ArrayList<>();
        for (String a : flagsThenArgs) (a.startsWith("-") ? command : args).add(a);
        command.add(FastMathBitsChildJvm.class.getName());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("exit code of %s", command).isZero();
        return out.lines().toList();
    }

    private static int bits(float f) {
        return Float.floatToIntBits(f);
    }

    private static int[] bitsOf(float[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) b[i] = bits(a[i]);
        return b;
    }
}

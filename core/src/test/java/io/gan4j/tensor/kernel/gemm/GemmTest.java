package io.gan4j.tensor.kernel.gemm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.kernel.parallel.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GemmTest {
    private static final float PAD = -7777f;
    private final int savedThreads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(savedThreads);
    }

    /** One sgemm call on padded operands: offsets and row strides larger than the rows. */
    private record Case(boolean transA, boolean transB, int m, int n, int k, float alpha, float beta,
                        float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {

        static Case random(long seed, boolean transA, boolean transB, int m, int n, int k, float alpha, float beta, int pad) {
            Rng rng = new Rng(seed);
            int aRows = transA ? k : m, aCols = transA ? m : k;
            int bRows = transB ? n : k, bCols = transB ? k : n;
            int lda = aCols + pad, ldb = bCols + pad, ldc = n + pad;
            return new Case(transA, transB, m, n, k, alpha, beta,
                    matrix(rng, pad, aRows, aCols, lda), pad, lda,
                    matrix(rng, 2 * pad, bRows, bCols, ldb), 2 * pad, ldb,
                    matrix(rng, 3 * pad, m, n, ldc), 3 * pad, ldc);
        }

        /** Random values in the matrix, PAD in the offset, stride gaps and tail. */
        private static float[] matrix(Rng rng, int off, int rows, int cols, int ld) {
            float[] x = new float[off + rows * ld + 5];
            java.util.Arrays.fill(x, PAD);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) x[off + i * ld + j] = rng.nextFloat() * 2f - 1f;
            }
            return x;
        }

        float opA(int i, int p) {
            return transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
        }

        float opB(int p, int j) {
            return transB ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
        }

        float[] run() {
            float[] out = c.clone();
            Gemm.sgemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, out, cOff, ldc);
            return out;
        }

        /** The product in double precision, and how far float rounding may move each element. */
        void assertMatches(float[] got) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0, magnitude = 0;
                    for (int p = 0; p < k; p++) {
                        sum += (double) opA(i, p) * opB(p, j);
                        magnitude += Math.abs((double) opA(i, p) * opB(p, j));
                    }
                    int ci = cOff + i * ldc + j;
                    double old = beta == 0f ? 0 : beta * (double) c[ci];
                    double expected = alpha * sum + old;
                    double tolerance = 1e-6 * (k + 4) * (Math.abs(alpha) * magnitude + Math.abs(old)) + 1e-30;
                    assertThat((double) got[ci]).as("C[%d][%d]", i, j).isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
                }
            }
            assertPaddingUntouched(got);
        }

        private void assertPaddingUntouched(float[] got) {
            for (int idx = 0; idx < got.length; idx++) {
                int rel = idx - cOff;
                boolean inside = rel >= 0 && rel / ldc < m && rel % ldc < n;
                if (!inside) assertThat(got[idx]).as("C padding at %d", idx).isEqualTo(c[idx]);
            }
        }
    }

    @ParameterizedTest(name = "transA={0} transB={1} {2}x{4}x{3}")
    @CsvSource({
            "false, false, 1, 1, 1", "false, true, 1, 1, 1", "true, false, 1, 1, 1", "true, true, 1, 1, 1",
            "false, false, 7, 5, 13", "false, true, 7, 5, 13", "true, false, 7, 5, 13", "true, true, 7, 5, 13",
            "false, false, 33, 65, 17", "false, true, 33, 65, 17", "true, false, 33, 65, 17", "true, true, 33, 65, 17",
            "false, false, 100, 3, 1", "false, true, 100, 3, 1", "true, false, 100, 3, 1", "true, true, 100, 3, 1",
            "false, false, 3, 100, 1", "true, true, 5, 1, 40",
            "false, false, 61, 70, 500", "false, true, 61, 70, 500", "true, false, 61, 70, 500", "true, true, 61, 70, 500",
            // skinny shapes (small k, m or n) of 2-D GANs, with ragged tails
            "false, true, 256, 2, 128", "true, false, 2, 128, 512", "true, false, 128, 2, 256", "false, false, 512, 128, 2",
            "false, true, 256, 128, 5", "true, true, 130, 5, 64", "false, false, 128, 2, 128", "false, false, 37, 7, 300",
            "true, true, 40, 3, 33", "true, false, 3, 75, 9", "false, true, 9, 1, 17", "false, false, 1, 90, 3",
            // rows form: 1 to 4 stacked rows, ragged column blocks, a short and a long k
            "true, false, 5, 200, 70", "false, false, 7, 64, 19", "true, true, 6, 131, 12", "false, true, 3, 16, 300",
            "false, false, 13, 100, 5", "true, false, 21, 65, 8",
            // dots form: partial row blocks, an odd n, k with and without a vector part and tail
            "false, false, 17, 7, 37", "false, true, 9, 5, 16", "false, true, 8, 2, 15", "false, false, 300, 1, 130",
    })
    void matchesDoublePrecisionProduct(boolean transA, boolean transB, int m, int n, int k) {
        Case tight = Case.random(m * 31L + n * 7L + k, transA, transB, m, n, k, 1f, 0f, 0);
        tight.assertMatches(tight.run());
        Case padded = Case.random(k * 31L + m, transA, transB, m, n, k, 1f, 0f, 3);
        padded.assertMatches(padded.run());
    }

    @ParameterizedTest(name = "transA={0} transB={1}")
    @CsvSource({"false, false", "false, true", "true, false", "true, true"})
    void scalesByAlphaAndAddsBetaTimesC(boolean transA, boolean transB) {
        Case x = Case.random(5, transA, transB, 19, 37, 450, -0.75f, 1.5f, 2);
        x.assertMatches(x.run());
    }

    /** The skinny forms with alpha and beta: stacked rows (short and long k, ragged), dots, transposed rows. */
    @ParameterizedTest(name = "transA={0} transB={1} {2}x{4}x{3}")
    @CsvSource({
            "false, false, 70, 100, 3", "true, true, 5, 130, 40", "false, true, 6, 128, 200", "false, false, 19, 3, 45",
            "false, true, 11, 2, 128", "true, false, 40, 2, 70",
    })
    void skinnyFormsScaleByAlphaAndAddBetaTimesC(boolean transA, boolean transB, int m, int n, int k) {
        Case x = Case.random(13, transA, transB, m, n, k, -0.75f, 1.5f, 2);
        x.assertMatches(x.run());
        Case plainAlpha = Case.random(14, transA, transB, m, n, k, 2f, 0f, 1);
        plainAlpha.assertMatches(plainAlpha.run());
    }

    @Test
    void betaZeroIgnoresNaNInC() {
        Case x = Case.random(6, false, true, 9, 20, 11, 2f, 0f, 1);
        for (int i = 0; i < x.m(); i++) {
            for (int j = 0; j < x.n(); j++) x.c()[x.cOff() + i * x.ldc() + j] = Float.NaN;
        }
        float[] got = x.run();
        x.assertMatches(got);
        assertThat(got[x.cOff()]).isNotNaN();
    }

    @Test
    void zeroKGivesBetaTimesC() {
        Case scaled = Case.random(7, false, false, 4, 6, 0, 1f, 0.5f, 2);
        scaled.assertMatches(scaled.run());
        Case zeroed = Case.random(8, true, true, 4, 6, 0, 1f, 0f, 2);
        float[] got = zeroed.run();
        assertThat(got[zeroed.cOff() + zeroed.ldc() + 5]).isZero();
        zeroed.assertMatches(got);
    }

    /**
     * The epilogue gives exactly what the GEMM followed by a bias pass and a leaky ReLU pass gives: the same
     * float operations on the same values, for ragged widths, several k-blocks and both threads.
     */
    @ParameterizedTest(name = "transA={0} transB={1} {2}x{4}x{3} threads={5}")
    @CsvSource({
            "false, true, 256, 128, 128, 2", "false, true, 7, 5, 13, 1", "false, false, 33, 65, 17, 2",
            "false, true, 256, 128, 5, 2", "false, true, 256, 2, 128, 2", "false, false, 19, 3, 40, 1",
            "true, false, 40, 70, 500, 2", "false, true, 100, 3, 1, 1", "false, true, 61, 33, 800, 2",
            "false, true, 13, 100, 5, 1", "false, false, 6, 130, 40, 1", "true, false, 7, 64, 30, 1",
            "false, true, 21, 7, 37, 1", "false, false, 9, 2, 16, 1",
    })
    void epilogueEqualsSeparateBiasAndLeakyReluPasses(boolean transA, boolean transB, int m, int n, int k, int threads) {
        Parallel.setThreads(threads);
        Case x = Case.random(10, transA, transB, m, n, k, 1f, 0f, 2);
        float[] bias = new float[n];
        Rng rng = new Rng(11);
        for (int j = 0; j < n; j++) bias[j] = rng.nextFloat() * 2f - 1f;
        float slope = 0.2f;
        float[] fused = x.c().clone(), biasOnly = x.c().clone();
        Gemm.sgemm(transA, transB, m, n, k, 1f, x.a(), x.aOff(), x.lda(), x.b(), x.bOff(), x.ldb(), 0f, fused, x.cOff(), x.ldc(),
                Epilogue.biasLeakyRelu(bias, slope));
        Gemm.sgemm(transA, transB, m, n, k, 1f, x.a(), x.aOff(), x.lda(), x.b(), x.bOff(), x.ldb(), 0f, biasOnly, x.cOff(), x.ldc(),
                Epilogue.bias(bias));
        float[] plain = x.run();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int ci = x.cOff() + i * x.ldc() + j;
                float pre = plain[ci] + bias[j];
                assertThat(biasOnly[ci]).as("bias C[%d][%d]", i, j).isEqualTo(pre);
                assertThat(fused[ci]).as("leaky C[%d][%d]", i, j).isEqualTo(pre > 0f ? pre : pre * slope);
            }
        }
        for (int idx = 0; idx < fused.length; idx++) {
            int rel = idx - x.cOff();
            if (!(rel >= 0 && rel / x.ldc() < m && rel % x.ldc() < n)) assertThat(fused[idx]).isEqualTo(x.c()[idx]);
        }
    }

    @Test
    void epilogueBiasShorterThanTheColumnsIsRejected() {
        Case x = Case.random(12, false, false, 3, 4, 5, 1f, 0f, 0);
        assertThatThrownBy(() -> Gemm.sgemm(false, false, 3, 4, 5, 1f, x.a(), 0, 5, x.b(), 0, 4, 0f, x.c(), 0, 4,
                Epilogue.bias(new float[3])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values for 4 columns");
    }

    @ParameterizedTest(name = "transA={0} transB={1} {2}x{4}x{3}")
    @CsvSource({
            "false, false, 256, 128, 128", "false, true, 256, 128, 128", "true, false, 128, 128, 256", "true, true, 99, 70, 500",
            "false, false, 8, 200, 700", "true, false, 300, 33, 100", "false, false, 512, 128, 2", "true, false, 128, 2, 512",
    })
    void sameBitsWithOneTwoOrThreeThreads(boolean transA, boolean transB, int m, int n, int k) {
        Case x = Case.random(9, transA, transB, m, n, k, 1f, 0.5f, 1);
        Parallel.setThreads(1);
        float[] one = x.run();
        Parallel.setThreads(2);
        float[] two = x.run();
        Parallel.setThreads(3);
        float[] three = x.run();
        assertThat(two).isEqualTo(one);
        assertThat(three).isEqualTo(one);
        x.assertMatches(one);
    }

    @Test
    void rejectsStridesShorterThanRows() {
        float[] x = new float[100];
        assertThatThrownBy(() -> Gemm.sgemm(false, false, 4, 4, 5, 1f, x, 0, 4, x, 0, 4, 0f, new float[16], 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lda=4").hasMessageContaining("5 columns of A");
    }

    @Test
    void rejectsArraysTooShort() {
        assertThatThrownBy(() -> Gemm.sgemm(false, true, 4, 4, 5, 1f, new float[20], 0, 5, new float[19], 0, 5, 0f, new float[16], 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B (4x5").hasMessageContaining("needs 20 floats but the array has 19");
    }

    @Test
    void rejectsNegativeSizes() {
        assertThatThrownBy(() -> Gemm.sgemm(false, false, -1, 1, 1, 1f, new float[1], 0, 1, new float[1], 0, 1, 0f, new float[1], 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m=-1");
    }
}

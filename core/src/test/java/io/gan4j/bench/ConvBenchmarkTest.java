package io.gan4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvBenchmarkTest {
    @Test
    void dcganLayersHaveTheGanShapes() {
        List<ConvBenchmark.Layer> layers = ConvBenchmark.dcganLayers(64);
        assertThat(layers).extracting(l -> l.geometry().outputShape()[2]).containsExactly(14, 7, 7, 14);
        assertThat(layers.get(2).geometry().inputShape()).containsExactly(64, 64, 14, 14);
        assertThat(layers.get(3).geometry().inputShape()).containsExactly(64, 1, 28, 28);
        // conv 64->128 on 14x14 -> 7x7: 64 images * 128 * 49 outputs * 64 * 16 taps
        assertThat(layers.get(1).geometry().macs()).isEqualTo(64L * 128 * 49 * 64 * 16);
    }

    @Test
    void measuresEveryLayerBothWays() {
        List<ConvBenchmark.Measurement> seen = new ArrayList<>();
        ConvBenchmark.Options options = new ConvBenchmark.Options(1, 2, 0, 1, 200);
        List<ConvBenchmark.Measurement> results = ConvBenchmark.run(options, seen::add);
        assertThat(results).hasSize(8).isEqualTo(seen);
        for (ConvBenchmark.Measurement m : results) {
            long passes = m.direction() == ConvBenchmark.Direction.FORWARD ? 1 : 2;
            assertThat(m.flops()).isEqualTo(2 * passes * m.layer().geometry().macs());
            assertThat(m.seconds()).isPositive();
            if (m.layer().viaGemm()) {
                assertThat(m.outsideGemmShare()).isBetween(0.0, 1.0);
            } else {
                assertThat(m.outsideGemmSeconds()).isNaN();
                assertThat(m.projectedGflops(200)).isEqualTo(m.gflops());
                assertThat(ConvBenchmark.describe(m, options)).contains("outside GEMM n/a");
            }
        }
        assertThat(results).extracting(m -> m.layer().viaGemm()).containsExactly(false, false, true, true, true, true, false, false);
        assertThat(ConvBenchmark.summarize(results, options)).startsWith("total (batch 1, 2 threads)");
    }
}

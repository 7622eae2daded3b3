package io.gan4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.bench.GemmBenchmark.Config;
import io.gan4j.bench.GemmBenchmark.Result;
import io.gan4j.tensor.kernel.parallel.Parallel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GemmBenchmarkTest {
    private static final Config TINY = new Config(5, 3, 9, 2, 3, false, true, 0, 1);

    @Test
    void medianAndBestOfTheRuns() {
        assertThat(new Result(TINY, 1, new double[] {3, 1, 2}).median()).isEqualTo(2);
        assertThat(new Result(TINY, 1, new double[] {4, 1, 3, 2}).median()).isEqualTo(2.5);
        assertThat(new Result(TINY, 1, new double[] {4, 1, 3, 2}).best()).isEqualTo(4);
    }

    @Test
    void timesEveryRunAndRestoresTheThreadCount() {
        int before = Parallel.threads();
        List<String> log = new ArrayList<>();
        Result r = GemmBenchmark.run(TINY, log::add);
        assertThat(r.gflops()).hasSize(3);
        for (double g : r.gflops()) assertThat(g).isPositive().isFinite();
        assertThat(r.callsPerRun()).isPositive();
        assertThat(log).anyMatch(l -> l.startsWith("warm-up:")).anyMatch(l -> l.startsWith("run 3:"));
        assertThat(Parallel.threads()).isEqualTo(before);
        assertThat(TINY.shape()).isEqualTo("5x3x9");
    }

    @Test
    void rejectsEmptyShapes() {
        assertThatThrownBy(() -> new Config(0, 1, 1, 1, 1, false, false)).hasMessageContaining("0x1x1");
    }
}

package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.MR;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.NR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkGridTest {
    @Test
    void splitsColumnsWhenThereArePanelsEnough() {
        ChunkGrid g = ChunkGrid.choose(256, MR, 8 * NR, 128, 2, 1000, 4);
        assertThat(g.rows()).isEqualTo(1);
        assertThat(g.cols()).isBetween(2, 2 * ChunkGrid.MAX_CHUNKS_PER_THREAD);
        assertThat(g.chunks() % 2).as("an even share for each of two threads").isZero();
    }

    @Test
    void splitsRowsWhenThereIsOnePanel() {
        ChunkGrid g = ChunkGrid.choose(1024, MR, NR, 128, 2, 1000, 4);
        assertThat(g.cols()).isEqualTo(1);
        assertThat(g.rows()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void staysWholeWhenOnlyOneChunkIsAllowed() {
        assertThat(ChunkGrid.choose(64, MR, 64, 64, 2, 1, 4)).isEqualTo(ChunkGrid.SINGLE);
    }

    @Test
    void neverCutsFinerThanBlocksOrTheChunkLimit() {
        for (int threads = 1; threads <= 4; threads++) {
            ChunkGrid g = ChunkGrid.choose(2 * MR, MR, 3 * NR, 500, threads, 1000, 16);
            assertThat(g.rows()).isLessThanOrEqualTo(2);
            assertThat(g.cols()).isLessThanOrEqualTo(3);
            assertThat(g.chunks()).isLessThanOrEqualTo(threads * ChunkGrid.MAX_CHUNKS_PER_THREAD);
        }
    }
}

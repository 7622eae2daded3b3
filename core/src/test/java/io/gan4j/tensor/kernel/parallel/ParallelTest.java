package io.gan4j.tensor.kernel.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelTest {
    private final int savedThreads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(savedThreads);
    }

    @Test
    void runsEveryChunkExactlyOnce() {
        Parallel.setThreads(3);
        for (int chunks : new int[] {1, 2, 3, 17}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(chunks);
            for (int round = 0; round < 200; round++) Parallel.run(chunks, seen::incrementAndGet);
            for (int i = 0; i < chunks; i++) assertThat(seen.get(i)).as("chunk %d of %d", i, chunks).isEqualTo(200);
        }
    }

    @Test
    void nestedRunsCompleteInline() {
        Parallel.setThreads(2);
        AtomicIntegerArray seen = new AtomicIntegerArray(4);
        Parallel.run(2, outer -> Parallel.run(2, inner -> seen.incrementAndGet(outer * 2 + inner)));
        for (int i = 0; i < 4; i++) assertThat(seen.get(i)).isEqualTo(1);
    }

    @Test
    void rethrowsAChunksException() {
        Parallel.setThreads(2);
        assertThatThrownBy(() -> Parallel.run(4, i -> {
            if (i == 3) throw new IllegalStateException("chunk 3 failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("chunk 3 failed");
        AtomicIntegerArray seen = new AtomicIntegerArray(2);
        Parallel.run(2, seen::incrementAndGet);
        assertThat(seen.get(0) + seen.get(1)).isEqualTo(2);
    }

    @Test
    void splitsOnlyWorkBigEnoughToShare() {
        Parallel.setThreads(2);
        assertThat(Parallel.threads()).isEqualTo(2);
        assertThat(Parallel.chunksFor(10, 100)).isEqualTo(1);
        assertThat(Parallel.chunksFor(250, 100)).isEqualTo(2);
        assertThat(Parallel.chunksFor(1_000_000, 100)).isEqualTo(2);
    }

    @Test
    void rejectsFewerThanOneThread() {
        assertThatThrownBy(() -> Parallel.setThreads(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    }
}

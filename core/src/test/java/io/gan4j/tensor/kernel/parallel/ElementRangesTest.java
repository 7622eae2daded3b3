package io.gan4j.tensor.kernel.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ElementRangesTest {
    private final int savedThreads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(savedThreads);
    }

    @Test
    void coversEveryElementOfEveryArrayOnceWhateverTheThreads() {
        int[] sizes = {16_384, 128, 0, 2, 1, 20_011, 5};
        for (int threads : new int[] {1, 2, 3}) {
            Parallel.setThreads(threads);
            AtomicIntegerArray[] seen = new AtomicIntegerArray[sizes.length];
            for (int i = 0; i < sizes.length; i++) seen[i] = new AtomicIntegerArray(sizes[i]);
            ElementRanges.run(sizes, 1, (i, from, to) -> {
                for (int e = from; e < to; e++) seen[i].incrementAndGet(e);
            });
            for (int i = 0; i < sizes.length; i++) {
                for (int e = 0; e < sizes[i]; e++) {
                    assertThat(seen[i].get(e)).as("%d threads, array %d, element %d", threads, i, e).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void chunkEdgesAreWholeVectorsAndEndAtTheSize() {
        assertThat(ElementRanges.edge(20_011, 0, 2)).isZero();
        assertThat(ElementRanges.edge(20_011, 1, 2)).isEqualTo(10_000).matches(e -> e % 16 == 0);
        assertThat(ElementRanges.edge(20_011, 2, 2)).isEqualTo(20_011);
        assertThat(ElementRanges.edge(5, 1, 2)).isZero();
    }

    @Test
    void aSmallJobRunsOnTheCaller() {
        Parallel.setThreads(2);
        Thread caller = Thread.currentThread();
        ElementRanges.run(new int[] {100, 200}, 4096, (i, from, to) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            assertThat(to - from).isEqualTo(i == 0 ? 100 : 200);
        });
    }

    @Test
    void aFailingRangeFailsTheJob() {
        Parallel.setThreads(2);
        assertThatThrownBy(() -> ElementRanges.run(new int[] {10_000, 10_000}, 1, (i, from, to) -> {
            if (i == 1 && from > 0) throw new IllegalStateException("range broke");
        })).isInstanceOf(IllegalStateException.class).hasMessage("range broke");
    }
}

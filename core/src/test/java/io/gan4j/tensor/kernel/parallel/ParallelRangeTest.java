package io.gan4j.tensor.kernel.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelRangeTest {
    @Test
    void runsEveryTaskExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(37);
        ParallelRange.run(runs.length(), 3, runs::incrementAndGet);
        for (int i = 0; i < runs.length(); i++) assertThat(runs.get(i)).as("task %d", i).isEqualTo(1);
    }

    @Test
    void aFailingTaskFailsTheRun() {
        assertThatThrownBy(() -> ParallelRange.run(8, 2, i -> {
            if (i == 5) throw new IllegalStateException("task 5 broke");
        })).isInstanceOf(IllegalStateException.class).hasMessage("task 5 broke");
    }
}

package io.gan4j.tensor.kernel.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HedgedJobTest {
    private final int savedThreads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(savedThreads);
    }

    /** Which task a result is of, and which thread made it. */
    private record Run(int task, String thread) {}

    private static boolean onWorker() {
        return Thread.currentThread().getName().startsWith("gan4j-worker");
    }

    @Test
    void returnsEveryTasksResultInTaskOrderWhateverTheThreads() {
        for (int threads : new int[] {1, 2, 3}) {
            Parallel.setThreads(threads);
            List<Integer> squares = Parallel.runHedged(7, i -> i * i, r -> {});
            assertThat(squares).as("%d threads", threads).containsExactly(0, 1, 4, 9, 16, 25, 36);
        }
        assertThat(Parallel.runHedged(0, i -> i, r -> {})).isEmpty();
    }

    /**
     * A worker that loses its core in the middle of a task (here: blocked until the test lets it go) does not hold
     * the caller up: the caller runs that task again and takes its own result; the worker's comes later and is
     * discarded. Until it comes the pool counts as busy, so the caller's next kernels run inline.
     */
    @Test
    void aLateTaskIsRunAgainByTheCallerAndTheLateResultIsDiscarded() throws Exception {
        Parallel.setThreads(2);
        CountDownLatch workerStarted = new CountDownLatch(1), letWorkerGo = new CountDownLatch(1);
        AtomicBoolean workerTookOne = new AtomicBoolean();
        LinkedBlockingQueue<Run> discarded = new LinkedBlockingQueue<>();
        String caller = Thread.currentThread().getName();

        List<Run> results = Parallel.runHedged(2, i -> {
            if (onWorker() && workerTookOne.compareAndSet(false, true)) {
                workerStarted.countDown();
                await(letWorkerGo);
            } else if (!onWorker()) {
                await(workerStarted);
            }
            return new Run(i, Thread.currentThread().getName());
        }, discarded::add);

        assertThat(workerTookOne).as("the worker took a task").isTrue();
        assertThat(results).extracting(Run::task).containsExactly(0, 1);
        assertThat(results).extracting(Run::thread).containsOnly(caller);
        assertThat(Parallel.threadsAvailable()).as("busy while the late run goes on").isEqualTo(1);
        letWorkerGo.countDown();
        Run late = discarded.poll(10, TimeUnit.SECONDS);
        assertThat(late).isNotNull();
        assertThat(late.thread()).startsWith("gan4j-worker");
        for (int i = 0; i < 1000 && Parallel.threadsAvailable() == 1; i++) Thread.sleep(10);
        assertThat(Parallel.threadsAvailable()).as("free again once the late run ended").isEqualTo(2);
        assertThat(Parallel.runHedged(3, i -> i, r -> {})).containsExactly(0, 1, 2);
    }

    @Test
    void aFailingTaskFailsTheCall() {
        for (int threads : new int[] {1, 2}) {
            Parallel.setThreads(threads);
            assertThatThrownBy(() -> Parallel.runHedged(4, i -> {
                if (i == 2) throw new IllegalStateException("task 2 failed");
                return i;
            }, r -> {})).as("%d threads", threads).isInstanceOf(IllegalStateException.class).hasMessage("task 2 failed");
            assertThat(Parallel.runHedged(2, i -> i + 1, r -> {})).as("the pool still works").containsExactly(1, 2);
        }
    }

    @Test
    void aTaskMustReturnAResult() {
        Parallel.setThreads(2);
        assertThatThrownBy(() -> Parallel.runHedged(2, i -> null, r -> {})).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("returned null");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

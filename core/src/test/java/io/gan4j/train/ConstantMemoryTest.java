package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graphs are referenced only from their outputs, so training holds no memory from step to step. */
class ConstantMemoryTest {
    @Test
    void heapDoesNotGrowWithTrainingSteps() {
        RunConfig config = ConfigLoader.preset("wgan-gp-ring", List.of(
                "generator.hidden=16,16", "discriminator.hidden=16,16", "train.batchSize=32", "train.criticSteps=2"));
        GanFactory.Setup setup = GanFactory.build(config);
        new Trainer(setup.gan(), 1, 300, List.of()).run();
        long before = usedHeapAfterGc();
        new Trainer(setup.gan(), 1, 3000, List.of()).run();
        long after = usedHeapAfterGc();
        // Each step builds graphs (double backward included) of ~100 tensors; if any survived, 3,000 steps would hold
        // tens of megabytes. Allow 4 MB for JIT and class metadata noise.
        assertThat(after - before).isLessThan(4L << 20);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}

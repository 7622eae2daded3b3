package io.gan4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A long run's GIF shows at most GIF_MAX_FRAMES frames, evenly, the last included; the frames it keeps stay kept. */
class GifFramesTest {
    private static List<Integer> frames(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void upToTheLimitEveryFrameIsShown() {
        assertThat(SnapshotListener.gifFrames(frames(50))).isEqualTo(frames(50));
        assertThat(SnapshotListener.gifFrames(frames(SnapshotListener.GIF_MAX_FRAMES))).hasSize(SnapshotListener.GIF_MAX_FRAMES);
    }

    @Test
    void beyondItEvenlySpacedFramesAndTheLast() {
        for (int n : new int[] {201, 399, 1000, 10_000}) {
            List<Integer> shown = SnapshotListener.gifFrames(frames(n));
            assertThat(shown).hasSizeLessThanOrEqualTo(SnapshotListener.GIF_MAX_FRAMES).hasSizeGreaterThan(SnapshotListener.GIF_MAX_FRAMES / 4);
            assertThat(shown.getFirst()).isZero();
            assertThat(shown.getLast()).isEqualTo(n - 1);
            assertThat(shown).isSorted();
        }
        List<Integer> shorter = SnapshotListener.gifFrames(frames(1000)), longer = SnapshotListener.gifFrames(frames(3000));
        assertThat(shorter.subList(0, shorter.size() - 1)).containsAll(longer.subList(0, longer.size() - 1).stream().filter(i -> i < 999).toList());
    }
}

package io.gan4j.io;

import io.gan4j.tensor.Shape;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that header entries tile the data buffer exactly, as the safetensors format requires:
 * each range fits the buffer and holds exactly shape x dtype bytes, no two ranges overlap, and
 * every byte of the buffer belongs to some tensor (no gaps, no trailing bytes).
 */
final class DataLayout {
    private DataLayout() {}

    static void check(String source, List<HeaderEntry> entries, long dataLength) throws CheckpointException {
        for (HeaderEntry e : entries) checkEntry(source, e, dataLength);
        List<HeaderEntry> byOffset = entries.stream()
                .sorted(Comparator.comparingLong(HeaderEntry::begin).thenComparingLong(HeaderEntry::end))
                .toList();
        long covered = 0;
        HeaderEntry previous = null;
        for (HeaderEntry e : byOffset) {
            if (e.begin() < covered) {
                throw new CheckpointException(source, "tensors " + range(previous) + " and " + range(e) + " overlap");
            }
            if (e.begin() > covered) throw unindexed(source, covered, e.begin());
            covered = e.end();
            previous = e;
        }
        if (covered < dataLength) throw unindexed(source, covered, dataLength);
    }

    private static void checkEntry(String source, HeaderEntry e, long dataLength) throws CheckpointException {
        if (e.end() > dataLength) {
            throw new CheckpointException(source, "tensor '" + e.name() + "': data_offsets end " + e.end()
                    + " is beyond the " + dataLength + "-byte data buffer");
        }
        long needed = (long) e.elements() * e.dtype().bytes;
        if (e.byteLength() != needed) {
            throw new CheckpointException(source, "tensor '" + e.name() + "': data_offsets [" + e.begin() + ", " + e.end()
                    + "] hold " + e.byteLength() + " bytes, but shape " + Shape.str(e.shape()) + " of " + e.dtype()
                    + " needs " + needed);
        }
    }

    private static CheckpointException unindexed(String source, long from, long to) {
        return new CheckpointException(source, "data bytes [" + from + ", " + to + ") belong to no tensor");
    }

    private static String range(HeaderEntry e) {
        return "'" + e.name() + "' [" + e.begin() + ", " + e.end() + "]";
    }
}

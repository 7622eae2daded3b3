package io.gan4j.fuzz;

import java.lang.management.ManagementFactory;

/** Bytes allocated on the heap by the calling thread, to show that no reader allocates what its file does not justify. */
final class Allocation {
    /** A reader's fixed cost (a YAML parser, an image decoder) plus a generous multiple of the file's size. */
    private static final long FIXED = 32L << 20;
    private static final long PER_FILE_BYTE = 256;

    private Allocation() {}

    static long ofThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** The most a reader may allocate for a file of {@code fileBytes}: a header declaring 10¹² elements is far past it. */
    static long justifiedBy(long fileBytes) {
        return FIXED + PER_FILE_BYTE * fileBytes;
    }
}

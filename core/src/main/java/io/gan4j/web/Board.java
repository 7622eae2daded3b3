package io.gan4j.web;

/**
 * The latest frame of a session, for any number of viewers: each takes the newest when it is
 * ready for one, so a slow viewer skips frames instead of holding up training or other viewers.
 */
final class Board {
    record Frame(long version, String json) {}

    private Frame latest = new Frame(0, null);

    synchronized void post(String json) {
        latest = new Frame(latest.version() + 1, json);
        notifyAll();
    }

    /** The first frame newer than {@code seen}, or the same one after {@code millis} without news. */
    synchronized Frame await(long seen, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (latest.version() <= seen) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) break;
            wait(left);
        }
        return latest;
    }
}

package io.gan4j.web;

import java.util.Map;

/**
 * The latest frame of a session, for any number of viewers: each takes the newest when it is
 * ready for one, so a slow viewer skips frames instead of holding up training or other viewers.
 * A frame is written as JSON by the first viewer that sends it, once, off the training thread;
 * a frame no viewer wants is never written.
 */
final class Board {
    static final class Frame {
        private final long version;
        private final Map<String, Object> content;
        private String json;

        Frame(long version, Map<String, Object> content) {
            this.version = version;
            this.content = content;
        }

        long version() {
            return version;
        }

        /** The frame as JSON, or null before the first frame. */
        synchronized String json() {
            if (json == null && content != null) json = Json.write(content);
            return json;
        }
    }

    private Frame latest = new Frame(0, null);

    /** Posts a frame; its content must not change afterwards. */
    synchronized void post(Map<String, Object> content) {
        latest = new Frame(latest.version() + 1, content);
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

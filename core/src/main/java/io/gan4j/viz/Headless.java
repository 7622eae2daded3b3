package io.gan4j.viz;

/** Makes sure AWT never tries to reach a display: the pictures are drawn on servers and in CI. */
final class Headless {
    private Headless() {}

    /** Call before the first AWT use; a value the user set on the command line wins. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }
}

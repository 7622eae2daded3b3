package io.gan4j.train;

/** The gan4j version, from the jar's manifest ("dev" when run from classes, e.g. in tests). */
public final class Version {
    private Version() {}

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

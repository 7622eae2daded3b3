package io.gan4j.train;

/**
 * The entry point of the interpreter-only child JVM ({@code -Xint}) that {@link SameSeedSameBitsTest} starts: prints
 * the hash of a tiny run's trained parameters, to compare with the JIT-compiled run's.
 */
public final class TrainingHashChildJvm {
    private TrainingHashChildJvm() {}

    public static void main(String[] args) {
        System.out.println(SameSeedSameBitsTest.trainedHash(Integer.parseInt(args[0])));
    }
}

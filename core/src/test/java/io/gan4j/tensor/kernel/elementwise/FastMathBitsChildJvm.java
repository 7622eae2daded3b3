package io.gan4j.tensor.kernel.elementwise;

/**
 * The entry point of the child JVM FastMathTest starts: prints the bits FastMath gives for a fixed input set, one line per function. FastMathTest
 * runs it in a separate interpreter-only JVM (-Xint) and compares with JIT-compiled results.
 */
public final class FastMathBitsChildJvm {
    private FastMathBitsChildJvm() {}

    /** With an argument n, first calls each function n times on the inputs (to get it JIT-compiled). */
    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        float[] x = inputs();
        for (FastMathCases.Fn fn : FastMathCases.all()) {
            for (int round = 0; round < warmUp; round++) fn.apply(x);
            System.out.println(line(fn));
        }
    }

    static float[] inputs() {
        return FloatSweep.concat(FastMathCases.SPECIALS, FloatSweep.between(-120f, 120f, 300));
    }

    static String line(FastMathCases.Fn fn) {
        StringBuilder sb = new StringBuilder(fn.name());
        for (float y : fn.apply(inputs())) sb.append(' ').append(Integer.toHexString(Float.floatToIntBits(y)));
        return sb.toString();
    }
}

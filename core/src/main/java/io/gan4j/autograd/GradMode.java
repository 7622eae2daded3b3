package io.gan4j.autograd;

/**
 * Whether ops record the graph. Off inside {@link #off()} scopes (inference, optimizer
 * updates) and while computing gradients without {@code createGraph}.
 */
public final class GradMode {
    private static final ThreadLocal<int[]> DISABLED_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private GradMode() {}

    public static boolean isEnabled() {
        return DISABLED_DEPTH.get()[0] == 0;
    }

    /** A no-grad scope: {@code try (var ignored = GradMode.off()) { ... }}. */
    public static Scope off() {
        int[] depth = DISABLED_DEPTH.get();
        depth[0]++;
        boolean[] closed = {false};
        return () -> {
            if (!closed[0]) depth[0]--;
            closed[0] = true;
        };
    }

    /** Re-enables recording inside a no-grad scope (used to build differentiable gradients). */
    static Scope on() {
        int[] depth = DISABLED_DEPTH.get();
        int saved = depth[0];
        depth[0] = 0;
        return () -> depth[0] = saved;
    }

    /** A scope that restores the previous mode when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}

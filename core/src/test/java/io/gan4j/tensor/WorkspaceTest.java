package io.gan4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
    private static final int LARGE = 1 << 14;

    @Test
    void withoutAnOpenWorkspaceArraysAreFreshAndZeroed() {
        float[] a = Workspace.uninitialized(LARGE);
        float[] b = Workspace.uninitialized(LARGE);
        assertThat(a).isNotSameAs(b).containsOnly(0f);
    }

    @Test
    void recycledArraysComeBackOnlyAfterRecycle() {
        Workspace first = Workspace.open();
        float[] a = Workspace.uninitialized(LARGE + 1);
        float[] b = Workspace.uninitialized(LARGE + 1);
        assertThat(a).isNotSameAs(b);
        first.detach();
        assertThat(Workspace.uninitialized(LARGE + 1)).as("detached: a fresh array").isNotSameAs(a).isNotSameAs(b);
        first.recycle();

        Workspace second = Workspace.open();
        float[] c = Workspace.uninitialized(LARGE + 1);
        assertThat(c == a || c == b).as("a recycled array is handed out again").isTrue();
        second.recycle();
    }

    @Test
    void smallArraysAreNeverRecycled() {
        Workspace w = Workspace.open();
        float[] small = Workspace.uninitialized(16);
        w.recycle();
        Workspace again = Workspace.open();
        assertThat(Workspace.uninitialized(16)).isNotSameAs(small);
        again.recycle();
    }

    @Test
    void arraysHandedOutOnAnotherThreadAreRecycledFromThisOne() throws Exception {
        CompletableFuture<Object[]> other = CompletableFuture.supplyAsync(() -> {
            Workspace w = Workspace.open();
            float[] a = Workspace.uninitialized(LARGE + 2);
            w.detach();
            return new Object[] {w, a};
        });
        Object[] result = other.get();
        ((Workspace) result[0]).recycle();
        Workspace here = Workspace.open();
        assertThat(Workspace.uninitialized(LARGE + 2)).isSameAs(result[1]);
        here.recycle();
    }

    @Test
    void oneWorkspaceAtATimePerThread() {
        Workspace w = Workspace.open();
        try {
            assertThatThrownBy(Workspace::open).isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
        } finally {
            w.recycle();
        }
    }
}

package io.gan4j.train;

import java.util.Map;

/**
 * A listener whose state must survive a checkpoint for a resumed run to continue exactly (a
 * half-filled averaging window, the best metric so far). The state travels as strings in the
 * checkpoint's metadata under {@code state.<stateName()>.<key>}.
 */
public interface ListenerState {
    /** A short name unique among the run's listeners, e.g. "lossLog". */
    String stateName();

    /** The state to store with a checkpoint taken now. */
    Map<String, String> saveState();

    /** Restores what {@link #saveState} returned (an empty map leaves the fresh state). */
    void restoreState(Map<String, String> state);
}

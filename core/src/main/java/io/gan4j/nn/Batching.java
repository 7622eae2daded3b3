package io.gan4j.nn;

/** How a forward pass uses its batch, from the most to the least permissive; {@link Module#batching()} reports it. */
public enum Batching {
    /** Each example's output depends on that example alone and nothing changes: a batch may be cut and its parts run at once. */
    PER_EXAMPLE,
    /** Examples are treated apart, but the pass changes state (a power iteration, dropout masks): one pass at a time. */
    STATEFUL,
    /** Examples affect each other's outputs (batch statistics): a batch must go through whole. */
    WHOLE_BATCH
}

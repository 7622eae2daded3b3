/**
 * The engine's threads. {@link io.gan4j.tensor.kernel.parallel.Parallel} runs n chunks of one job on a small fixed
 * pool ({@link io.gan4j.tensor.kernel.parallel.WorkerPool}: spinning, then sleeping workers), the caller included;
 * {@link io.gan4j.tensor.kernel.parallel.ParallelRange} runs tasks on it when a thread count allows, inline
 * otherwise; {@link io.gan4j.tensor.kernel.parallel.ElementRanges} splits elementwise work over several arrays (a
 * network's parameters) into one job; {@link io.gan4j.tensor.kernel.parallel.HedgedJob} runs tasks whose results
 * depend only on their index, running a late one again on the caller (a backup for a thread that lost its core).
 * Layers above the kernels reach them through {@link io.gan4j.tensor.Engine}.
 */
package io.gan4j.tensor.kernel.parallel;

/**
 * Benchmark harnesses behind {@code gan4j bench}: {@link io.gan4j.bench.GemmBenchmark} times matrix multiplies,
 * {@link io.gan4j.bench.ConvBenchmark} the convolution layers of a DCGAN. They measure; tests never assert speed.
 */
package io.gan4j.bench;

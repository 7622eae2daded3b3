/**
 * Sources of real examples for GAN training: built-in 2-D distributions (quadratic, sine,
 * user formula, 8-Gaussian ring, swiss roll), CSV tables, and IDX image sets such as
 * Fashion-MNIST, all behind {@link io.gan4j.data.RealData}; each class holds its parameters'
 * defaults and checks, which the run config uses by name; {@link io.gan4j.data.Standardizer} maps
 * data to and from training units.
 * Depends only on {@code io.gan4j.tensor} and exp4j.
 */
package io.gan4j.data;

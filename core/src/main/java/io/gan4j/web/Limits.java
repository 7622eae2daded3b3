package io.gan4j.web;

import io.gan4j.train.config.NetworkConfig;
import io.gan4j.train.config.RunConfig;

/**
 * How much one dashboard may ask of the machine: network sizes, batch, latent size, run length,
 * upload size, sessions training at once and viewers. Beyond a bound a request gets a 4xx naming
 * the field and the bound; what is already training goes on.
 */
record Limits(int maxWidth, int maxDepth, int maxBatch, int maxLatent, int maxIterations, int maxCriticSteps, int maxChannels,
              int maxUploadBytes, int maxRunningSessions, int maxKeptSessions, int maxViewers) {
    static final Limits DEFAULT = new Limits(1024, 8, 4096, 256, 10_000_000, 20, 128, 4 << 20, 2, 20, 64);

    /** @throws WebException naming the first field over its bound */
    void check(RunConfig c) {
        network("generator", c.generator());
        network("discriminator", c.discriminator());
        atMost("train.batchSize", c.train().batchSize(), maxBatch);
        atMost("latent.size", c.latent().size(), maxLatent);
        atMost("train.iterations", c.train().iterations(), maxIterations);
        atMost("train.criticSteps", c.train().criticSteps(), maxCriticSteps);
    }

    private void network(String name, NetworkConfig n) {
        atMost(name + ".hidden", n.hidden().size(), maxDepth, "layers");
        for (int width : n.hidden()) atMost(name + ".hidden", width, maxWidth, "units in a layer");
        atMost(name + ".channels", n.channels(), maxChannels);
    }

    private static void atMost(String key, long value, long bound) {
        atMost(key, value, bound, "");
    }

    private static void atMost(String key, long value, long bound, String what) {
        if (value > bound) {
            throw WebException.field(key, String.format("%s: at most %,d%s on the dashboard, got %,d", key, bound, what.isEmpty() ? "" : " " + what, value));
        }
    }
}

package io.gan4j.train.config;

import java.util.List;

/**
 * One network's optimizer.
 *
 * @param kind        adam | rmsprop | sgd
 * @param lr          learning rate
 * @param beta1       adam: first-moment decay
 * @param beta2       adam: second-moment decay
 * @param eps         adam, rmsprop: denominator guard
 * @param alpha       rmsprop: smoothing constant
 * @param momentum    sgd, rmsprop: momentum
 * @param weightDecay L2 penalty
 */
public record OptimizerConfig(String kind, double lr, double beta1, double beta2, double eps, double alpha, double momentum,
                              double weightDecay) {
    public static final List<String> KINDS = List.of("adam", "rmsprop", "sgd");
    public static final OptimizerConfig DEFAULTS = new OptimizerConfig("adam", 1e-3, 0.9, 0.999, 1e-8, 0.99, 0, 0);

    void validate(String key) {
        Check.oneOf(key + ".kind", kind, KINDS);
        Check.positive(key + ".lr", lr);
        if (!(beta1 >= 0 && beta1 < 1)) throw new ConfigException(key + ".beta1 must be in [0, 1), got " + beta1);
        if (!(beta2 >= 0 && beta2 < 1)) throw new ConfigException(key + ".beta2 must be in [0, 1), got " + beta2);
        Check.positive(key + ".eps", eps);
        if (!(alpha >= 0 && alpha < 1)) throw new ConfigException(key + ".alpha must be in [0, 1), got " + alpha);
        Check.nonNegative(key + ".momentum", momentum);
        Check.nonNegative(key + ".weightDecay", weightDecay);
    }
}

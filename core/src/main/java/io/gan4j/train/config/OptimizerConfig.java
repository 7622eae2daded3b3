package io.gan4j.train.config;

import static io.gan4j.train.config.Check.decimal;

import io.gan4j.autograd.Variable;
import io.gan4j.optim.Adam;
import io.gan4j.optim.Optimizer;
import io.gan4j.optim.RmsProp;
import io.gan4j.optim.Sgd;
import java.util.List;
import java.util.Map;

/**
 * One network's optimizer. Defaults are the optimizer classes' own ({@link #defaults(String)}: a key the
 * config leaves out takes the chosen kind's default, e.g. RMSprop's lr 0.01).
 *
 * @param kind        adam | rmsprop | sgd
 * @param lr          learning rate (rmsprop: 0.01)
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
    public static final OptimizerConfig DEFAULTS = defaults("adam");

    /** Every field from the library's defaults, those the chosen kind uses from that kind's. */
    public static OptimizerConfig defaults(String kind) {
        Adam.Settings adam = Adam.DEFAULTS;
        RmsProp.Settings rms = RmsProp.DEFAULTS;
        Sgd.Settings sgd = Sgd.DEFAULTS;
        return switch (kind) {
            case "rmsprop" -> new OptimizerConfig(kind, decimal(rms.lr()), decimal(adam.beta1()), decimal(adam.beta2()),
                    decimal(rms.eps()), decimal(rms.alpha()), decimal(rms.momentum()), decimal(rms.weightDecay()));
            case "sgd" -> new OptimizerConfig(kind, decimal(sgd.lr()), decimal(adam.beta1()), decimal(adam.beta2()),
                    decimal(adam.eps()), decimal(rms.alpha()), decimal(sgd.momentum()), decimal(sgd.weightDecay()));
            default -> new OptimizerConfig("adam", decimal(adam.lr()), decimal(adam.beta1()), decimal(adam.beta2()),
                    decimal(adam.eps()), decimal(rms.alpha()), decimal(sgd.momentum()), decimal(adam.weightDecay()));
        };
    }

    /** The optimizer this config names, over the given parameters. */
    public Optimizer toOptimizer(Map<String, Variable> parameters) {
        return switch (kind) {
            case "rmsprop" -> new RmsProp(parameters, rmsProp());
            case "sgd" -> new Sgd(parameters, sgd());
            default -> new Adam(parameters, adam());
        };
    }

    /** The values of every kind are checked by that kind's own settings, whichever kind is chosen. */
    void validate(String key) {
        Check.oneOf(key + ".kind", kind, KINDS);
        Check.byLibrary(key, () -> {
            adam();
            rmsProp();
            sgd();
        });
    }

    private Adam.Settings adam() {
        return new Adam.Settings((float) lr, (float) beta1, (float) beta2, (float) eps, (float) weightDecay);
    }

    private RmsProp.Settings rmsProp() {
        return new RmsProp.Settings((float) lr, (float) alpha, (float) eps, (float) weightDecay, (float) momentum, false);
    }

    private Sgd.Settings sgd() {
        return new Sgd.Settings((float) lr, (float) momentum, 0f, false, (float) weightDecay);
    }
}

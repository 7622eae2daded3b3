package io.gan4j.train;

import io.gan4j.tensor.Rng;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Changes made to a running training (the dashboard's steering): settings that may change between
 * steps (learning rates, critic steps, the objective's parameters) and single updates of D or G
 * alone. Each change is recorded with the iteration it took effect after, so the run's files replay
 * it: a run resumed from a checkpoint applies the recorded changes at the same points, and continues
 * bit for bit as the steered run did.
 *
 * <p>Changes are asked for from any thread and checked at once, with the command line's
 * validation; they take effect on the training thread, before the next step.
 */
public final class Steering implements TrainingListener, ListenerState {
    /** The keys that may change during training. */
    public static final Set<String> STEERABLE = Set.of("generatorOptimizer.lr", "discriminatorOptimizer.lr", "train.criticSteps",
            "objective.realLabel", "objective.realTarget", "objective.fakeTarget", "objective.generatorTarget", "objective.lambda",
            "objective.clip");
    /** The key of a single update of one network; its value names the network. */
    public static final String STEP = "step";
    public static final String DISCRIMINATOR = "discriminator", GENERATOR = "generator";

    /** A change that took effect after {@code iteration} iterations (-1 while only asked for). */
    public record Change(int iteration, String key, String value) {
        public boolean isStep() {
            return key.equals(STEP);
        }
    }

    private final long seed;
    private final List<Change> recorded;
    private final Queue<Change> asked = new ConcurrentLinkedQueue<>();
    private final Consumer<List<Change>> persist;
    private volatile RunConfig config;
    private int applied;

    /**
     * @param recorded the changes a run folder recorded (empty for a new run)
     * @param persist  writes the whole list of changes whenever one is added
     */
    public Steering(RunConfig config, List<Change> recorded, Consumer<List<Change>> persist) {
        this.config = config;
        this.seed = config.seed();
        this.recorded = new ArrayList<>(recorded);
        this.persist = persist;
        for (int i = 1; i < recorded.size(); i++) {
            if (recorded.get(i).iteration() < recorded.get(i - 1).iteration()) {
                throw new IllegalArgumentException("change " + (i + 1) + " is at iteration " + recorded.get(i).iteration()
                        + ", before the change above it");
            }
        }
    }

    /** The config as changed so far. */
    public RunConfig config() {
        return config;
    }

    /** How many changes took effect. */
    public synchronized int changeCount() {
        return applied;
    }

    /** Every change that took effect, in order. */
    public synchronized List<Change> changes() {
        return List.copyOf(recorded.subList(0, applied));
    }

    private synchronized List<Change> recordedSoFar() {
        return List.copyOf(recorded);
    }

    /**
     * Asks for {@code key} to take {@code value} at the next step; checked now, with the command line's message.
     *
     * @throws ConfigException if the key may not change during training or the value is not valid for it
     */
    public void ask(String key, String value) {
        if (!STEERABLE.contains(key)) {
            throw new ConfigException(key + " cannot change during training; these can: " + String.join(", ", STEERABLE.stream().sorted().toList()));
        }
        if (key.endsWith("Optimizer.lr") && !LrScheduleListener.isConstant(config.train())) {
            throw new ConfigException(key + " cannot change during training while the " + config.train().schedule() + " schedule sets it");
        }
        changed(config, key, value);
        asked.add(new Change(-1, key, value));
    }

    /** Asks for one update of the discriminator or the generator alone, before the next step. */
    public void askStep(String network) {
        if (!network.equals(DISCRIMINATOR) && !network.equals(GENERATOR)) {
            throw new ConfigException("step: expected " + DISCRIMINATOR + " or " + GENERATOR + ", got '" + network + "'");
        }
        asked.add(new Change(-1, STEP, network));
    }

    /** Whether changes wait to be applied. */
    public boolean hasAsked() {
        return !asked.isEmpty();
    }

    /** Applies what was asked for so far; on the training thread (the dashboard also calls it while paused). */
    public void applyAsked(TrainingContext context) {
        Change c;
        boolean any = false;
        while ((c = asked.poll()) != null) {
            Change at = new Change(context.iteration(), c.key(), c.value());
            synchronized (this) {
                recorded.add(applied, at);
            }
            apply(context.gan(), at);
            any = true;
        }
        if (any) persist.accept(recordedSoFar());
    }

    @Override
    public void onStart(TrainingContext context) {
        // The checkpoint holds the weights after the steps already applied; the settings are not in it.
        for (Change c : recorded.subList(0, applied)) {
            if (!c.isStep()) setting(context.gan(), c);
        }
    }

    @Override
    public void beforeStep(TrainingContext context) {
        while (applied < recorded.size() && recorded.get(applied).iteration() <= context.iteration()) {
            Change next = recorded.get(applied);
            if (next.iteration() < context.iteration()) {
                throw new IllegalStateException("the recorded change '" + next.key() + " = " + next.value() + "' at iteration "
                        + next.iteration() + " was not replayed (resumed at a later iteration)");
            }
            apply(context.gan(), next);
        }
        applyAsked(context);
    }

    private void apply(Gan gan, Change c) {
        if (c.isStep()) {
            Rng rng = Rng.at(seed, "steering", applied);
            if (c.value().equals(DISCRIMINATOR)) gan.discriminatorStep(rng);
            else gan.generatorStep(rng);
        } else {
            setting(gan, c);
        }
        synchronized (this) {
            applied++;
        }
    }

    private void setting(Gan gan, Change c) {
        RunConfig next = changed(config, c.key(), c.value());
        switch (c.key()) {
            case "generatorOptimizer.lr" -> gan.generatorOptimizer().setLearningRate((float) next.generatorOptimizer().lr());
            case "discriminatorOptimizer.lr" -> gan.discriminatorOptimizer().setLearningRate((float) next.discriminatorOptimizer().lr());
            case "train.criticSteps" -> gan.retune(next.train().toGanSettings());
            default -> gan.changeObjective(next.objective().toObjective());
        }
        config = next;
    }

    private static RunConfig changed(RunConfig config, String key, String value) {
        return ConfigLoader.withOverrides(config, List.of(key + "=" + value));
    }

    @Override
    public String stateName() {
        return "steering";
    }

    @Override
    public synchronized Map<String, String> saveState() {
        return Map.of("applied", Integer.toString(applied));
    }

    @Override
    public synchronized void restoreState(Map<String, String> state) {
        if (state.containsKey("applied")) applied = Integer.parseInt(state.get("applied"));
        if (applied > recorded.size()) {
            throw new IllegalArgumentException("the checkpoint applied " + applied + " changes, the run folder records " + recorded.size());
        }
    }
}

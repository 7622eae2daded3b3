package io.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sweep files: the trials they make, and an error naming the file and field for each kind of mistake. */
class SweepSpecTest {
    private static SweepSpec parse(String yaml) {
        return SweepSpec.parse("s.yaml", yaml, Path.of("/tmp"));
    }

    @Test
    void aGridIsEveryCombinationTimesTheSeeds() {
        SweepSpec spec = parse("""
                base: quadratic
                set: {train.iterations: 100}
                axes:
                  generatorOptimizer.lr: {logUniform: [0.0001, 0.01], steps: 3}
                  generator.hidden: [[32, 32], [64]]
                seeds: [7, 8]
                """);
        List<Trial> trials = SweepPlan.trials(spec);
        assertThat(trials).hasSize(12);
        assertThat(trials.getFirst().varied()).isEqualTo(Map.of("generatorOptimizer.lr", "0.0001", "generator.hidden", "32,32"));
        assertThat(trials.getFirst().overrides()).containsExactly("generatorOptimizer.lr=0.0001", "generator.hidden=32,32", "seed=7");
        assertThat(trials.stream().map(t -> t.varied().get("generatorOptimizer.lr")).distinct()).containsExactly("0.0001", "0.001", "0.01");
        assertThat(trials.get(1).name()).isEqualTo("p000-seed8");
        assertThat(spec.set()).containsEntry("train.iterations", "100");
        assertThat(SweepPlan.trials(parse("base: quadratic\naxes: {generatorOptimizer.lr: [0.0003, 1e-5, 2.50]}")))
                .extracting(t -> t.varied().get("generatorOptimizer.lr")).containsExactly("0.0003", "0.00001", "2.5");
    }

    @Test
    void randomDrawsAreSeededAndInRange() {
        String yaml = """
                base: sine
                axes: {generatorOptimizer.lr: {logUniform: [0.0001, 0.01]}, objective.kind: [bce, lsgan]}
                search: random
                draws: 20
                """;
        List<Trial> a = SweepPlan.trials(parse(yaml)), b = SweepPlan.trials(parse(yaml));
        assertThat(a).hasSize(20).isEqualTo(b);
        assertThat(a).allSatisfy(t -> assertThat(Double.parseDouble(t.varied().get("generatorOptimizer.lr"))).isBetween(1e-4, 1e-2));
        assertThat(a.stream().map(t -> t.varied().get("objective.kind")).distinct()).containsExactlyInAnyOrder("bce", "lsgan");
    }

    @Test
    void mistakesNameTheFileAndTheField() {
        assertThatThrownBy(() -> parse("axes: {a: [1]}")).hasMessage("s.yaml: base: name a preset or a config file");
        assertThatThrownBy(() -> parse("base: quadratic\naxis: {a: [1]}")).hasMessageStartingWith("s.yaml: unknown field 'axis'");
        assertThatThrownBy(() -> parse("base: quadratic")).hasMessage("s.yaml: axes: name at least one config key to vary");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: {logUniform: [0.01]}}")).hasMessage("s.yaml: axes.lr: a range's bounds are two numbers [low, high]");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: {logUniform: [0, 1], steps: 2}}")).hasMessage("s.yaml: axes.lr: a log-uniform range must be above 0, got low 0.0");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: {uniform: [0, 1]}}")).hasMessage("s.yaml: axes.lr: a range in a grid search needs steps: N");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: []}")).hasMessage("s.yaml: axes.lr: an empty list");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: [1]}\nsearch: bayes")).hasMessage("s.yaml: search: expected grid or random, got 'bayes'");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: [1]}\nsearch: random")).hasMessage("s.yaml: draws: a random search needs draws: N (at least 1)");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: [1]}\nseeds: [1, 1]")).hasMessage("s.yaml: seeds: 1 twice");
        assertThatThrownBy(() -> parse("base: quadratic\naxes: {lr: [1]}\ngoal: lowest")).hasMessage("s.yaml: goal: expected min or max, got 'lowest'");
        assertThatThrownBy(() -> parse("base: [quadratic\n")).hasMessageStartingWith("s.yaml: not valid YAML");
    }

    @Test
    void anUnknownPresetOrABadFixedSettingNamesTheSweepFile() {
        assertThatThrownBy(() -> Sweep.base(parse("base: quadratik\naxes: {seed: [1]}"))).hasMessageStartingWith("s.yaml: base: no preset named 'quadratik'");
        assertThatThrownBy(() -> Sweep.base(parse("base: quadratic\nset: {train.batchSize: -3}\naxes: {seed: [1]}")))
                .hasMessageStartingWith("s.yaml: base and set: ").hasMessageContaining("train.batchSize");
    }
}

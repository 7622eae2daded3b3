package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import java.util.List;
import java.util.function.UnaryOperator;

/** Modules applied in order; children are named 0, 1, 2… as in PyTorch. Pairs the engine fuses run as one op ({@link Fusion}). */
public final class Sequential extends Module {
    private final List<Module> layers;
    private final List<UnaryOperator<Variable>> steps;

    public Sequential(Module... layers) {
        this(List.of(layers));
    }

    public Sequential(List<Module> layers) {
        this.layers = List.copyOf(layers);
        for (int i = 0; i < this.layers.size(); i++) addModule(Integer.toString(i), this.layers.get(i));
        this.steps = Fusion.steps(this.layers);
    }

    @Override
    public Variable forward(Variable x) {
        for (UnaryOperator<Variable> step : steps) x = step.apply(x);
        return x;
    }

    public List<Module> layers() {
        return layers;
    }
}

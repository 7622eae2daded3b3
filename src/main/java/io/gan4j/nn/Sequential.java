package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import java.util.List;

/** Modules applied in order; children are named 0, 1, 2… as in PyTorch. */
public final class Sequential extends Module {
    private final List<Module> layers;

    public Sequential(Module... layers) {
        this(List.of(layers));
    }

    public Sequential(List<Module> layers) {
        this.layers = List.copyOf(layers);
        for (int i = 0; i < this.layers.size(); i++) addModule(Integer.toString(i), this.layers.get(i));
    }

    @Override
    public Variable forward(Variable x) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Linear linear && i + 1 < layers.size() && layers.get(i + 1) instanceof LeakyRelu act) {
                x = linear.forwardLeakyRelu(x, act.slope());
                i++;
            } else {
                x = layers.get(i).forward(x);
            }
        }
        return x;
    }

    public List<Module> layers() {
        return layers;
    }
}

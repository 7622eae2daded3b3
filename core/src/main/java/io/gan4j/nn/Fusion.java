package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Layer pairs the engine runs as one op; {@link Sequential} asks once, when built. One pair today:
 * a {@link Linear} followed by a {@link LeakyRelu} becomes {@link Linear#forwardLeakyRelu}, a dense layer
 * whose GEMM epilogue applies the activation ({@code autograd.ops.Affine}), with the bias gradient summed in
 * the activation's backward pass ({@code autograd.ops.DenseLeakyReluGrad}).
 */
final class Fusion {
    private Fusion() {}

    /** The layers as steps of a forward pass, each fusable pair joined into one step. */
    static List<UnaryOperator<Variable>> steps(List<Module> layers) {
        List<UnaryOperator<Variable>> steps = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            UnaryOperator<Variable> pair = i + 1 < layers.size() ? fused(layers.get(i), layers.get(i + 1)) : null;
            if (pair != null) i++;
            steps.add(pair != null ? pair : layers.get(i)::forward);
        }
        return List.copyOf(steps);
    }

    /** The rule: the pair as one step, or null when the engine has no fused op for it. */
    private static UnaryOperator<Variable> fused(Module first, Module second) {
        if (first instanceof Linear linear && second instanceof LeakyRelu activation) {
            float slope = activation.slope();
            return x -> linear.forwardLeakyRelu(x, slope);
        }
        return null;
    }
}

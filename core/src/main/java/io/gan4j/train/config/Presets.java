package io.gan4j.train.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in presets (YAML files under io/gan4j/presets), one per classic project. */
public final class Presets {
    /** The first is the default: {@code gan4j train} with no argument runs it. */
    public static final List<String> NAMES =
            List.of("quadratic", "sine", "simple-gan", "wgan-clip", "wgan-gp-ring", "fashion-mlp", "dcgan-fashion", "cgan-functions", "cgan-fashion");
    public static final String DEFAULT = NAMES.get(0);

    private Presets() {}

    /** Name → one-line description, in display order. */
    public static Map<String, String> descriptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : NAMES) out.put(n, ConfigLoader.preset(n, List.of()).description());
        return out;
    }
}

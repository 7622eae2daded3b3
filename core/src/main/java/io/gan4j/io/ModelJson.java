package io.gan4j.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.data.Standardizer;
import io.gan4j.nn.Module;
import io.gan4j.train.DataColumns;
import io.gan4j.train.GanFactory;
import io.gan4j.train.RunFolder;
import io.gan4j.train.config.NetworkConfig;
import io.gan4j.train.config.RunConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code model.json}: what the saved networks are, so they can be used without gan4j's config
 * code — the network settings, each layer, parameter counts, the latent input, the data, and the
 * per-column mean and std that map the generator's output back to the data's units.
 */
public final class ModelJson {
    public static final String FORMAT = "gan4j-model-1";
    private static final ObjectMapper CONVERT = new ObjectMapper();

    private ModelJson() {}

    public static Map<String, Object> of(GanFactory.Setup setup, String version) {
        RunConfig c = setup.config();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("gan4j_version", version);
        m.put("name", c.name());
        m.put("seed", c.seed());
        m.put("data", data(setup));
        m.put("standardizer", standardizer(setup));
        m.put("latent", CONVERT.convertValue(c.latent(), Map.class));
        m.put("generator", network(RunFolder.GENERATOR, c.generator(), setup.gan().generator(), c.latent().size(), setup.data().dim()));
        m.put("discriminator", network(RunFolder.DISCRIMINATOR, c.discriminator(), setup.gan().discriminator(), setup.data().dim(), 1));
        m.put("objective", CONVERT.convertValue(c.objective(), Map.class));
        return m;
    }

    private static Map<String, Object> data(GanFactory.Setup setup) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", setup.config().data().kind());
        d.put("description", setup.data().describe());
        d.put("columns", DataColumns.of(setup.data()));
        d.put("dim", setup.data().dim());
        if (setup.data().isLabelled()) d.put("classes", setup.data().classNames());
        return d;
    }

    private static Map<String, Object> standardizer(GanFactory.Setup setup) {
        if (setup.standardized() == null) return null;
        Standardizer s = setup.standardized().standardizer();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", s.mean());
        m.put("std", s.std());
        m.put("to_data", "value = output * (std > 0 ? std : 1) + mean, per column");
        return m;
    }

    private static Map<String, Object> network(String file, NetworkConfig config, Module module, int in, int out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("input", in);
        m.put("output", out);
        m.put("parameters", module.parameterCount());
        m.put("config", CONVERT.convertValue(config, Map.class));
        m.put("layers", List.copyOf(Arrays.asList(module.toString().split("\n"))));
        return m;
    }
}

package io.gan4j.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.gan4j.train.Steering;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's form: which config keys it may set (never a path: uploads are content, and the server
 * names their files), their values in a config, and a config from a preset and the form's values,
 * validated exactly as the command line's {@code --set} is, with its message shown beside the field.
 */
final class Settings {
    /** The form's fields, in its order. */
    static final List<String> FIELDS = List.of("data.kind", "data.formula", "data.functions", "data.noise",
            "objective.kind", "objective.realLabel", "objective.realTarget", "objective.fakeTarget", "objective.generatorTarget",
            "objective.lambda", "objective.clip",
            "generatorOptimizer.kind", "generatorOptimizer.lr", "discriminatorOptimizer.kind", "discriminatorOptimizer.lr",
            "generator.hidden", "discriminator.hidden", "generator.activation", "discriminator.activation",
            "generator.batchNorm", "discriminator.batchNorm", "generator.spectralNorm", "discriminator.spectralNorm",
            "latent.size", "latent.distribution", "train.criticSteps", "train.batchSize", "train.iterations", "seed",
            "output.frameEvery", "output.checkpointEvery");
    /** The data kinds the page offers; csv only with an upload. */
    static final List<String> DATA_KINDS = List.of("quadratic", "sine", "formula", "functions", "ring", "swissroll", "csv", "fashion-mnist");

    private Settings() {}

    /** Each field's value in a config, as text the form shows and sends back. */
    static Map<String, String> valuesOf(RunConfig c) {
        return values(c, FIELDS);
    }

    /** The current values of the keys that may change during training and mean something for this run's objective. */
    static Map<String, String> steerable(RunConfig c) {
        List<String> shown = Steering.STEERABLE.stream().sorted()
                .filter(key -> !key.startsWith("objective.") || objectiveParameters(c.objective().kind()).contains(key)).toList();
        return values(c, shown);
    }

    private static Map<String, String> values(RunConfig c, List<String> keys) {
        JsonNode tree = Json.MAPPER.valueToTree(c);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) values.put(key, text(tree.at("/" + key.replace('.', '/'))));
        return values;
    }

    /** The objective's parameters each kind reads (the others are ignored by it). */
    private static List<String> objectiveParameters(String kind) {
        return switch (kind) {
            case "bce", "minimax" -> List.of("objective.realLabel");
            case "least_squares" -> List.of("objective.realTarget", "objective.fakeTarget", "objective.generatorTarget");
            case "wasserstein" -> List.of("objective.clip");
            case "wgan_gp" -> List.of("objective.lambda");
            default -> List.of();
        };
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return "";
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.isTextual() ? n.asText() : n.toString()));
            return String.join(node.size() > 0 && node.get(0).isTextual() ? "; " : ", ", items);
        }
        if (node.isFloatingPointNumber()) return BigDecimal.valueOf(node.doubleValue()).stripTrailingZeros().toPlainString();
        return node.asText();
    }

    /**
     * The config a preset and the form's values make.
     *
     * @param uploaded the server's copy of an uploaded CSV, or null
     * @throws WebException naming the fields at fault, with the command line's messages
     */
    static RunConfig resolve(String preset, Map<String, String> form, Path uploaded) {
        if (!ConfigLoader.isPreset(preset)) throw WebException.field("preset", "no preset named '" + preset + "'");
        List<String> overrides = new ArrayList<>();
        for (var e : form.entrySet()) {
            if (!FIELDS.contains(e.getKey())) throw WebException.field(e.getKey(), e.getKey() + ": not a setting the dashboard may change");
            if (e.getKey().equals("data.kind") && !DATA_KINDS.contains(e.getValue())) {
                throw WebException.field("data.kind", "data.kind: the dashboard offers " + String.join(", ", DATA_KINDS));
            }
            overrides.add(e.getKey() + "=" + listSyntax(e.getKey(), e.getValue()));
        }
        if ("csv".equals(form.get("data.kind"))) {
            if (uploaded == null) throw WebException.field("data.kind", "data.kind: csv needs a file: upload one first");
            overrides.add("data.file=" + uploaded);
        }
        try {
            return ConfigLoader.preset(preset, overrides);
        } catch (ConfigException e) {
            throw attributed(e.getMessage());
        }
    }

    /** data.functions is a list of formulas, which hold commas: the form separates them with semicolons. */
    private static String listSyntax(String key, String value) {
        if (!key.equals("data.functions")) return value;
        List<String> quoted = new ArrayList<>();
        for (String f : value.split(";")) if (!f.isBlank()) quoted.add("'" + f.trim().replace("'", "''") + "'");
        return "[" + String.join(", ", quoted) + "]";
    }

    /**
     * The message goes beside the field it names (the longest key it mentions), or above the form; without the
     * config's source in front ("preset 'quadratic': "), as the command line shows an override's error.
     */
    static WebException attributed(String fullMessage) {
        String message = fullMessage.replaceFirst("^(preset '[^']*'|settings): ", "");
        String key = FIELDS.stream().filter(message::contains).max(Comparator.comparingInt(String::length)).orElse(null);
        return key == null ? WebException.badRequest(message) : WebException.field(key, message);
    }
}

package io.gan4j.train.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.gan4j.tensor.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves a run's configuration: {@link RunConfig#DEFAULTS}, overlaid by a preset or a YAML
 * file, overlaid by {@code key=value} overrides, then validated. Unknown keys and values of the
 * wrong type are errors naming the source and the key.
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private ConfigLoader() {}

    /** The built-in presets' names, in display order. */
    public static List<String> presetNames() {
        return Presets.NAMES;
    }

    public static boolean isPreset(String name) {
        return Presets.NAMES.contains(name);
    }

    /** A preset by name, with overrides. */
    public static RunConfig preset(String name, List<String> overrides) {
        if (!isPreset(name)) throw new ConfigException("no preset named '" + name + "'; presets: " + String.join(", ", Presets.NAMES));
        String resource = "/io/gan4j/presets/" + name + ".yaml";
        try (InputStream in = ConfigLoader.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("preset resource missing: " + resource);
            return resolve("preset '" + name + "'", parse("preset '" + name + "'", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)), overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML file, with overrides; the run is named after the file unless it sets {@code name}. */
    public static RunConfig file(Path path, List<String> overrides) {
        String text;
        try {
            text = TextFiles.read(path);
        } catch (TextFiles.NotUtf8Exception e) {
            throw new ConfigException(e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(path + ": cannot read (" + e.getMessage() + ")");
        }
        ObjectNode tree = parse(path.toString(), text);
        if (!tree.has("name")) tree.put("name", path.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9_.-]", "_"));
        return resolve(path.toString(), tree, overrides);
    }

    /** Reads back a resolved config (e.g. a run folder's config.yaml) without overrides. */
    public static RunConfig resolved(Path path) {
        return file(path, List.of());
    }

    /** A config with overrides, validated as the command line's {@code --set}; messages name "settings" as their source. */
    public static RunConfig withOverrides(RunConfig config, List<String> overrides) {
        return fromYaml("settings", toYaml(config), overrides);
    }

    /** A config's YAML text with overrides (a sweep's trial); messages name {@code source}. */
    public static RunConfig fromYaml(String source, String yaml, List<String> overrides) {
        return resolve(source, parse(source, yaml), overrides);
    }

    public static String toYaml(RunConfig config) {
        try {
            return YAML.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode parse(String source, String text) {
        JsonNode node;
        try {
            node = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ConfigException(source + (loc != null ? ": line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "")
                    + ": not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (node == null || node.isMissingNode() || node.isNull()) return YAML.createObjectNode();
        if (!node.isObject()) throw new ConfigException(source + ": expected a mapping of keys to values at the top");
        return (ObjectNode) node;
    }

    private static RunConfig resolve(String source, ObjectNode overlay, List<String> overrides) {
        ObjectNode chosen = overlaid(source, RunConfig.DEFAULTS, overlay, overrides);
        RunConfig defaults = RunConfig.defaults(kind(chosen, "data"), kind(chosen, "generatorOptimizer"), kind(chosen, "discriminatorOptimizer"));
        ObjectNode tree = overlaid(source, defaults, overlay, overrides);
        try {
            return validated(source, YAML.treeToValue(tree, RunConfig.class));
        } catch (MismatchedInputException e) {
            String key = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new ConfigException(source + ": " + key + ": wrong type of value (" + e.getOriginalMessage().split("\n")[0] + ")");
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": " + e.getOriginalMessage());
        }
    }

    /** The kind a section names (unknown kinds are reported by validation, which sees the same text). */
    private static String kind(ObjectNode tree, String section) {
        return tree.path(section).path("kind").asText("");
    }

    /** Validation errors name the source too, so a message about a file's value names the file. */
    private static RunConfig validated(String source, RunConfig config) {
        try {
            return config.validated();
        } catch (ConfigException e) {
            throw new ConfigException(source + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode overlaid(String source, RunConfig defaults, ObjectNode overlay, List<String> overrides) {
        ObjectNode tree = YAML.valueToTree(defaults);
        merge(source, tree, overlay, "");
        for (String o : overrides) applyOverride(tree, o);
        return tree;
    }

    /** Copies overlay into base; every overlay key must exist in base (the defaults know every key). */
    private static void merge(String source, ObjectNode base, ObjectNode overlay, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> it = overlay.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            JsonNode current = base.get(e.getKey());
            if (current == null) throw unknownKey(source, key, base, prefix);
            if (current.isObject()) {
                if (!e.getValue().isObject()) throw new ConfigException(source + ": " + key + " must be a mapping of keys to values");
                merge(source, (ObjectNode) current, (ObjectNode) e.getValue(), key + ".");
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private static ConfigException unknownKey(String source, String key, ObjectNode siblings, String prefix) {
        List<String> known = new ArrayList<>();
        siblings.fieldNames().forEachRemaining(n -> known.add(prefix + n));
        return new ConfigException(source + ": unknown key '" + key + "' (known here: " + String.join(", ", known) + ")");
    }

    /** key=value, the key dotted (train.iterations=1000), the value YAML (128, true, [64, 64], 64,64). */
    private static void applyOverride(ObjectNode tree, String override) {
        int eq = override.indexOf('=');
        if (eq <= 0) throw new ConfigException("--set " + override + ": expected key=value, e.g. train.iterations=1000");
        String key = override.substring(0, eq).trim(), text = override.substring(eq + 1).trim();
        String[] path = key.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode next = parent.get(path[i]);
            if (next == null || !next.isObject()) throw unknownKey("--set", key, parent, "");
            parent = (ObjectNode) next;
        }
        String leaf = path[path.length - 1];
        JsonNode current = parent.get(leaf);
        if (current == null) throw unknownKey("--set", key, parent, String.join(".", java.util.Arrays.copyOf(path, path.length - 1)) + (path.length > 1 ? "." : ""));
        if (current.isObject()) throw new ConfigException("--set " + key + ": is a group of keys; set one of them, e.g. " + key + "." + current.fieldNames().next());
        parent.set(leaf, parseValue(key, text, current));
    }

    private static JsonNode parseValue(String key, String text, JsonNode current) {
        if (current.isArray() && !text.startsWith("[")) text = "[" + text + "]";
        if (current.isTextual()) return YAML.getNodeFactory().textNode(text);
        // YAML 1.1 reads 012 as octal (10); on a command line it means twelve.
        if (current.isNumber() && text.matches("[-+]?0[0-9]+")) return YAML.getNodeFactory().numberNode(Long.parseLong(text));
        JsonNode v = parse("--set " + key, "v: " + text).get("v");
        if (current.isArray() && !(v instanceof ArrayNode)) throw new ConfigException("--set " + key + ": expected a list, e.g. 128,128");
        return v;
    }
}

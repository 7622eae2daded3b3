package io.gan4j.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.train.config.Presets;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README sections generated from the code: the configuration keys (meanings from the config
 * records' {@code @param} javadoc, defaults from {@link RunConfig#DEFAULTS}) and the presets
 * table. {@link ReadmeDocsTest} checks README.md holds exactly this text; after changing a config record
 * or a preset, its failure shows the text to paste.
 */
public final class GeneratedReadmeSections {
    private static final Path CONFIG_SOURCES = Path.of("src/main/java/io/gan4j/train/config");
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*)");

    private GeneratedReadmeSections() {}

    static String presets() {
        StringBuilder sb = new StringBuilder("| preset | what it trains |\n|---|---|\n");
        Presets.descriptions().forEach((name, d) -> sb.append("| `").append(name).append("`")
                .append(name.equals(Presets.DEFAULT) ? " (default)" : "").append(" | ").append(d).append(" |\n"));
        return sb.toString();
    }

    static String keys() throws IOException {
        JsonNode defaults = new ObjectMapper().valueToTree(RunConfig.DEFAULTS);
        StringBuilder sb = new StringBuilder();
        Map<String, String> top = params("RunConfig");
        sb.append(section("Top level", "", List.of("name", "description", "seed"), top, defaults));
        sb.append(group("data", "DataConfig", defaults));
        sb.append(group("latent", "LatentConfig", defaults));
        sb.append(pair("generator", "discriminator", "NetworkConfig", defaults));
        sb.append(group("objective", "ObjectiveConfig", defaults));
        sb.append(pair("generatorOptimizer", "discriminatorOptimizer", "OptimizerConfig", defaults));
        sb.append(group("train", "TrainConfig", defaults));
        sb.append(group("output", "OutputConfig", defaults));
        return sb.toString();
    }

    private static String group(String key, String record, JsonNode defaults) throws IOException {
        Map<String, String> p = params(record);
        return section("`" + key + ".*`", key + ".", new ArrayList<>(p.keySet()), p, defaults.get(key));
    }

    private static String section(String title, String prefix, List<String> names, Map<String, String> meanings, JsonNode defaults) {
        StringBuilder sb = new StringBuilder("#### ").append(title).append("\n\n| key | default | meaning |\n|---|---|---|\n");
        for (String n : names) {
            sb.append("| `").append(prefix).append(n).append("` | ").append(value(defaults.get(n))).append(" | ")
                    .append(meanings.get(n)).append(" |\n");
        }
        return sb.append('\n').toString();
    }

    /** Two groups of the same record (generator and discriminator, or their optimizers) in one table. */
    private static String pair(String a, String b, String record, JsonNode defaults) throws IOException {
        Map<String, String> p = params(record);
        StringBuilder sb = new StringBuilder("#### `").append(a).append(".*` and `").append(b).append(".*`\n\n")
                .append("| key | ").append(a).append(" default | ").append(b).append(" default | meaning |\n|---|---|---|---|\n");
        for (String n : p.keySet()) {
            sb.append("| `").append(n).append("` | ").append(value(defaults.get(a).get(n))).append(" | ")
                    .append(value(defaults.get(b).get(n))).append(" | ").append(p.get(n)).append(" |\n");
        }
        return sb.append('\n').toString();
    }

    /** The record's {@code @param} lines: name to text (continuation lines joined), in source order. */
    static Map<String, String> params(String record) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String last = null;
        for (String line : Files.readAllLines(CONFIG_SOURCES.resolve(record + ".java"))) {
            String t = line.strip();
            if (!t.startsWith("*") || t.startsWith("*/")) {
                if (t.startsWith("*/")) last = null;
                continue;
            }
            t = t.substring(1).strip();
            Matcher m = PARAM.matcher(t);
            if (m.matches()) {
                last = m.group(1);
                out.put(last, m.group(2).strip());
            } else if (last != null && !t.isEmpty() && !t.startsWith("@")) {
                out.put(last, out.get(last) + " " + t);
            }
        }
        out.replaceAll((k, v) -> v.replaceAll("\\{@code ([^}]*)}", "`$1`").replace("|", "\\|"));
        return out;
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) return "";
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(value(i).replace("`", "")));
            return "`[" + String.join(", ", items) + "]`";
        }
        if (v.isTextual()) return v.asText().isEmpty() ? "\"\"" : "`" + v.asText() + "`";
        if (v.isFloatingPointNumber()) {
            double d = v.asDouble();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return "`" + (long) d + "`";
            return "`" + new BigDecimal(Double.toString(d)).stripTrailingZeros().toString().replace("E", "e") + "`";
        }
        return "`" + v.asText() + "`";
    }
}

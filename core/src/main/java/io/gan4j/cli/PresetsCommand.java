package io.gan4j.cli;

import io.gan4j.train.config.Presets;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gan4j presets}: the built-in presets, one line each. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List the built-in presets with a one-line description each; the first is the default of 'gan4j train'.")
final class PresetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> presets = Presets.descriptions();
        int width = presets.keySet().stream().mapToInt(String::length).max().orElse(4);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-" + width + "s  %s%n", "NAME", "DESCRIPTION");
        presets.forEach((name, description) ->
                out.printf("%-" + width + "s  %s%s%n", name, description, name.equals(Presets.DEFAULT) ? " (default)" : ""));
        out.flush();
        return 0;
    }
}

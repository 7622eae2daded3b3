package io.gan4j.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README.md's presets table and configuration keys match the code; a failure shows the text to paste. */
class ReadmeDocsTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"));
    }

    @Test
    void readmeStartsWithTheTwoCommands() throws IOException {
        assertThat(readme()).startsWith("# gan4j\n\n```\n./gan4j train ");
    }

    @Test
    void presetsTableIsCurrent() throws IOException {
        assertThat(readme()).contains(GeneratedReadmeSections.presets());
    }

    @Test
    void configurationKeysAreCurrent() throws IOException {
        assertThat(readme()).contains(GeneratedReadmeSections.keys());
    }

    @Test
    void yamlExampleIsAValidConfig(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String readme = readme();
        int start = readme.indexOf("```yaml\n", readme.indexOf("\n## Configuration\n")) + "```yaml\n".length();
        Path yaml = dir.resolve("example.yaml");
        Files.writeString(yaml, readme.substring(start, readme.indexOf("```", start)));
        var config = io.gan4j.train.config.ConfigLoader.file(yaml, java.util.List.of());
        assertThat(config.name()).isEqualTo("my-sine");
        assertThat(config.generator().hidden()).containsExactly(64, 64);
    }

    @Test
    void everyKeyHasAMeaning() throws IOException {
        assertThat(GeneratedReadmeSections.keys()).doesNotContain("| null |");
    }
}

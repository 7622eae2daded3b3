package io.gan4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.data.CsvData;
import io.gan4j.data.DataFileException;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not UTF-8 is an error naming the file, the byte and the line, in every reader of text. */
class TextFilesTest {
    @TempDir
    Path dir;

    @Test
    void utf8TextReadsAndABadByteIsNamedWithItsOffsetAndLine() throws IOException {
        assertThat(TextFiles.decode("t", "x,y\n1,2 °\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("x,y\n1,2 °\n");
        byte[] latin1 = "x,y\n1,2\n3,é\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextFiles.decode("data.csv", latin1))
                .hasMessage("data.csv: not UTF-8 text: byte 10 (line 3) is 0xE9, which UTF-8 does not allow there");
    }

    @Test
    void aCsvOrAConfigThatIsNotTextSaysSo() throws IOException {
        Path csv = Files.write(dir.resolve("wind.csv"), new byte[] {'x', ',', 'y', '\n', (byte) 0xFF, (byte) 0xFE, 0, 1});
        assertThatThrownBy(() -> CsvData.load(csv)).isInstanceOf(DataFileException.class)
                .hasMessage(csv + ": not UTF-8 text: byte 4 (line 2) is 0xFF, which UTF-8 does not allow there");
        Path yaml = Files.write(dir.resolve("run.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ConfigLoader.file(yaml, List.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(yaml + ": not UTF-8 text: byte 9 (line 1)");
    }
}

package io.gan4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetsTest {

    @Test
    void listsNamesDescriptionsAndParameters() {
        assertThat(DataSets.names()).containsExactly("quadratic", "sine", "formula", "ring", "swissroll", "csv", "fashion-mnist");
        for (String name : DataSets.names()) assertThat(DataSets.description(name)).isNotBlank();
        assertThat(DataSets.params("ring")).extracting(DataParam::name).containsExactly("modes", "radius", "sigma");
        assertThat(DataSets.params("csv").get(0).required()).isTrue();
    }

    @Test
    void defaultsComeFromTheDataClasses() {
        assertThat(DataSets.create("quadratic")).isEqualTo(QuadraticData.defaults());
        assertThat(DataSets.create("sine")).isEqualTo(SineData.defaults());
        assertThat(DataSets.create("ring")).isEqualTo(RingData.defaults());
        assertThat(DataSets.create("swissroll")).isEqualTo(SwissRollData.defaults());
        assertThat(DataSets.create("formula")).isEqualTo(FormulaData.defaults());
    }

    @Test
    void givenValuesOverrideAndMayBeStrings() {
        assertThat(DataSets.create("ring", Map.of("modes", "4", "sigma", 0.1))).isEqualTo(new RingData(4, 2, 0.1));
        assertThat(DataSets.create("formula", Map.of("formula", "sin(x)", "xmax", 1))).isEqualTo(FormulaData.of("sin(x)", -3, 1, 0));
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> DataSets.create("rings")).hasMessageStartingWith("unknown data set 'rings' (known: quadratic, sine");
        assertThatThrownBy(() -> DataSets.create("ring", Map.of("mode", 4))).hasMessage("ring: unknown parameter 'mode' (known: modes, radius, sigma)");
        assertThatThrownBy(() -> DataSets.create("ring", Map.of("modes", 2.5))).hasMessage("ring: 'modes' must be an integer, got '2.5'");
        assertThatThrownBy(() -> DataSets.create("sine", Map.of("noise", "lots"))).hasMessage("sine: 'noise' must be a number, got 'lots'");
        assertThatThrownBy(() -> DataSets.create("sine", Map.of("noise", -1))).hasMessage("sine: 'noise' must be >= 0, got -1.0");
        assertThatThrownBy(() -> DataSets.create("csv")).hasMessage("csv: parameter 'file' is required (the CSV file)");
        assertThatThrownBy(() -> DataSets.create("formula", Map.of("formula", "x^^2"))).isInstanceOf(FormulaException.class);
    }

    @Test
    void createsCsvAndFashionMnistFromFiles(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("d.csv"), "a,b\n1,2\n");
        assertThat(DataSets.create("csv", Map.of("file", csv.toString())).dim()).isEqualTo(2);
        assertThatThrownBy(() -> DataSets.create("fashion-mnist", Map.of("dir", dir.toString(), "split", "val")))
                .hasMessage("fashion-mnist: 'split' must be train or test, got 'val'");
        assertThatThrownBy(() -> DataSets.create("fashion-mnist", Map.of("dir", dir.toString(), "classes", List.of(7))))
                .isInstanceOf(DataFileException.class).hasMessageContaining("train-images-idx3-ubyte");
    }
}

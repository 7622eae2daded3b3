package io.gan4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsAHeaderAndRows() throws IOException {
        CsvData csv = CsvData.load(write("data.csv", "price,area\n1.5,100\n2.5,-2e1\n\n3,300\n"));
        assertThat(csv.hasHeader()).isTrue();
        assertThat(csv.columnNames()).containsExactly("price", "area");
        assertThat(csv.rows()).isEqualTo(3);
        assertThat(csv.dim()).isEqualTo(2);
        assertThat(csv.table().data()).containsExactly(1.5f, 100, 2.5f, -20, 3, 300);
        assertThat(csv.describe()).isEqualTo("csv: data.csv, 3 rows x 2 columns (price, area)");
    }

    @Test
    void readsWithoutHeaderAndNamesColumns() throws IOException {
        CsvData csv = CsvData.load(write("plain.csv", "1,2,3\n4,5,6\n"));
        assertThat(csv.hasHeader()).isFalse();
        assertThat(csv.columnNames()).containsExactly("column 1", "column 2", "column 3");
        assertThat(csv.table().shape()).containsExactly(2, 3);
    }

    @Test
    void detectsSemicolonAndTabQuotesBomAndComments() throws IOException {
        CsvData semi = CsvData.load(write("semi.csv", "\uFEFF\"a\";\"b\"\n# a comment\n1;2\n"));
        assertThat(semi.separator()).isEqualTo(';');
        assertThat(semi.columnNames()).containsExactly("a", "b");
        CsvData tab = CsvData.load(write("tab.tsv", "1\t2\n3\t4\n"));
        assertThat(tab.separator()).isEqualTo('\t');
        assertThat(tab.table().data()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void standardizeAndUnstandardizeRoundTrip() throws IOException {
        CsvData csv = CsvData.load(write("data.csv", "a,b,c\n1,10,5\n2,20,5\n3,60,5\n"));
        Tensor z = csv.standardize(csv.table());
        assertThat(z.get(1, 0)).isCloseTo(0f, within(1e-6f));
        assertThat(z.get(2, 0)).isCloseTo((float) (1 / Math.sqrt(2.0 / 3)), within(1e-6f));
        assertThat(csv.standardizer().constantColumns()).containsExactly(2);
        Tensor back = csv.unstandardize(z);
        for (int i = 0; i < back.size(); i++) assertThat(back.data()[i]).isCloseTo(csv.table().data()[i], within(1e-5f));
    }

    @Test
    void samplesRowsWithReplacementDeterministically() throws IOException {
        CsvData csv = CsvData.load(write("data.csv", "x,y\n1,10\n2,20\n3,30\n"));
        Tensor a = csv.sample(300, new Rng(11));
        assertThat(a.shape()).containsExactly(300, 2);
        int[] seen = new int[4];
        for (int i = 0; i < 300; i++) {
            float x = a.get(i, 0);
            assertThat(a.get(i, 1)).isEqualTo(10 * x);
            seen[(int) x]++;
        }
        assertThat(seen[1]).isPositive();
        assertThat(seen[2]).isPositive();
        assertThat(seen[3]).isPositive();
        assertThat(csv.sample(300, new Rng(11)).data()).containsExactly(a.data());
    }

    @Test
    void badNumberNamesFileLineAndColumn() throws IOException {
        Path file = write("data.csv", "id,price\n1,2\n\n2,abc\n");
        assertThatThrownBy(() -> CsvData.load(file)).isInstanceOf(DataFileException.class)
                .hasMessage(file + " line 4, column 2 ('price'): 'abc' is not a number");
        Path noHeader = write("nh.csv", "1,2\n3,x\n");
        assertThatThrownBy(() -> CsvData.load(noHeader)).hasMessage(noHeader + " line 2, column 2: 'x' is not a number");
    }

    @Test
    void mixedFirstRowIsDataAndSaysWhy() throws IOException {
        Path file = write("mixed.csv", "price,2020\n1,2\n");
        assertThatThrownBy(() -> CsvData.load(file))
                .hasMessageStartingWith(file + " line 1, column 1: 'price' is not a number (the first row was read as data");
    }

    @Test
    void emptyCellsAndHugeValuesAreErrors() throws IOException {
        Path empty = write("e.csv", "a,b\n1,\n");
        assertThatThrownBy(() -> CsvData.load(empty)).hasMessage(empty + " line 2, column 2 ('b'): empty value");
        Path huge = write("h.csv", "a\n1e40\n");
        assertThatThrownBy(() -> CsvData.load(huge)).hasMessage(huge + " line 2, column 1 ('a'): '1e40' is beyond float range");
        Path nan = write("n.csv", "a\nNaN\n");
        assertThatThrownBy(() -> CsvData.load(nan)).hasMessage(nan + " line 2, column 1 ('a'): 'NaN' is not a number");
    }

    @Test
    void raggedRowIsAnError() throws IOException {
        Path file = write("data.csv", "a,b,c,d\n1,2,3,4\n5,6,7,8\n1,2,3,4\n9,9,9\n");
        assertThatThrownBy(() -> CsvData.load(file)).hasMessage(file + " line 5 has 3 columns, expected 4");
    }

    @Test
    void emptyFileAndHeaderOnlyAreErrors() throws IOException {
        Path empty = write("empty.csv", "\n  \n");
        assertThatThrownBy(() -> CsvData.load(empty)).isInstanceOf(DataFileException.class)
                .hasMessage(empty + " is empty: no header and no data rows");
        Path header = write("header.csv", "a,b\n");
        assertThatThrownBy(() -> CsvData.load(header)).hasMessage(header + " has a header but no data rows");
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> CsvData.load(missing)).hasMessage(missing + ": file not found");
    }

    @Test
    void aLabelColumnGivesClassesInOrderOfFirstAppearance() throws IOException {
        CsvData csv = CsvData.load(write("kinds.csv", "x,kind,y\n1,sine,2\n3,line,4\n5,sine,6\n"), "kind");
        assertThat(csv.columnNames()).containsExactly("x", "y");
        assertThat(csv.classNames()).containsExactly("sine", "line");
        assertThat(csv.table().data()).containsExactly(1, 2, 3, 4, 5, 6);
        Labelled drawn = csv.sampleLabelled(200, new Rng(3));
        for (int i = 0; i < 200; i++) {
            float x = drawn.examples().data()[2 * i];
            assertThat(drawn.labels()[i]).as("row with x = %s", x).isEqualTo(x == 3 ? 1 : 0);
        }
    }

    @Test
    void labelColumnErrorsNameTheFileAndTheColumns() throws IOException {
        Path file = write("kinds.csv", "x,kind,y\n1,sine,2\n");
        assertThatThrownBy(() -> CsvData.load(file, "type")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("kinds.csv").hasMessageContaining("no column 'type' for the labels (columns: x, kind, y)");
        assertThatThrownBy(() -> CsvData.load(file, "kind")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("holds one class ('sine')");
        Path empty = write("empty-label.csv", "x,kind\n1,a\n2,\n");
        assertThatThrownBy(() -> CsvData.load(empty, "kind")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("line 3, column 2 ('kind'): empty label");
        Path noHeader = write("plain.csv", "1,2\n3,4\n");
        assertThatThrownBy(() -> CsvData.load(noHeader, "kind")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("needs a header row");
    }
}

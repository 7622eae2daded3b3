package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.io.LossCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossLogTest {
    @TempDir
    Path dir;

    @Test
    void columnsLeaveOutTheWassersteinEstimateForNonCritics() {
        assertThat(new LossLog(10, false).columns()).containsExactly("d_loss", "g_loss", "d_real", "d_fake", "penalty", "lr_g", "lr_d");
        assertThat(new LossLog(10, true).columns()).containsExactly("d_loss", "g_loss", "d_real", "d_fake", "penalty", "wasserstein", "lr_g", "lr_d");
    }

    @Test
    void aRowKeepsItsValuesInOrderAsAnEqualMap() {
        Map<String, Double> given = new java.util.LinkedHashMap<>();
        given.put("d_loss", 0.5);
        given.put("g_loss", Double.NaN);
        given.put("lr_g", 1e-3);
        LossLog.Row a = new LossLog.Row(10, given), b = new LossLog.Row(20, given);

        assertThat(a.values()).isEqualTo(given).containsExactlyEntriesOf(given);
        assertThat(a.values().keySet()).containsExactly("d_loss", "g_loss", "lr_g");
        assertThat(a.get("g_loss")).isNaN();
        assertThat(a.get("nope")).isNaN();
        assertThat(a.values()).hasSameHashCodeAs(given).isEqualTo(b.values());
    }

    @Test
    void halfFilledWindowSurvivesASaveAndRestore() {
        LossLog log = new LossLog(4, false);
        log.restoreState(Map.of("count", "2", "sum.d_loss", "3.0", "sum.g_loss", "1.0"));
        assertThat(log.saveState()).containsEntry("count", "2").containsEntry("sum.d_loss", "3.0").containsEntry("sum.g_loss", "1.0");
        LossLog fresh = new LossLog(4, false);
        fresh.restoreState(Map.of());
        assertThat(fresh.saveState()).containsEntry("count", "0");
    }

    @Test
    void csvRoundTripKeepsTheTextAndDropsRowsAfterTheCheckpoint() throws IOException {
        LossLog log = new LossLog(5, false);
        List<LossLog.Row> rows = List.of(row(5, 1.25, 0.7), row(10, 1.0 / 3, 0.69314718), row(15, 1.5, 0.5));
        Path csv = dir.resolve("losses.csv");
        LossCsv.write(csv, log.columns(), rows);
        String text = Files.readString(csv);
        assertThat(text).startsWith("iteration,d_loss,g_loss,d_real,d_fake,penalty,lr_g,lr_d\n5,1.25,0.7,");

        List<LossLog.Row> back = LossCsv.read(csv, log.columns(), 10);
        assertThat(back).extracting(LossLog.Row::iteration).containsExactly(5, 10);
        assertThat(back.get(1).get("d_loss")).isCloseTo(1.0 / 3, within(1e-7));
        LossCsv.write(csv, log.columns(), LossCsv.read(csv, log.columns(), 15));
        assertThat(Files.readString(csv)).isEqualTo(text);
    }

    @Test
    void readingNamesTheBadLine() throws IOException {
        Path csv = dir.resolve("losses.csv");
        List<String> columns = new LossLog(5, false).columns();
        Files.writeString(csv, "iteration," + String.join(",", columns) + "\n5,1,2,3,4,5,6,7\n10,1,x,3,4,5,6,7\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LossCsv.read(csv, columns, 100))
                .hasMessageContaining("losses.csv: line 3: not a number");
    }

    private static LossLog.Row row(int iteration, double d, double g) {
        Map<String, Double> v = new java.util.LinkedHashMap<>();
        v.put("d_loss", d);
        v.put("g_loss", g);
        v.put("d_real", 0.5);
        v.put("d_fake", 0.5);
        v.put("penalty", 0.0);
        v.put("lr_g", 1e-3);
        v.put("lr_d", 1e-3);
        return new LossLog.Row(iteration, v);
    }
}

package io.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps of tiny runs on embedded Spark (local[2]): the table, the picture, the best trial, failures, resuming. */
class SweepTest {
    private static final String TINY = "{train.iterations: 300, generator.hidden: [16, 16], discriminator.hidden: [16, 16], output.plotEvery: 0,"
            + " output.frameEvery: 0, output.checkpointEvery: 100, output.evalEvery: 100, output.samples: 500}";
    private final StringWriter log = new StringWriter();

    private Sweep.Outcome sweep(String yaml, SweepFolder folder) {
        return Sweep.run(SparkTestSession.get(), SweepSpec.parse("s.yaml", yaml, Path.of(".")), yaml, folder, 1, new PrintWriter(log, true));
    }

    @Test
    void fourTrialsMakeATableAPictureAndABestTrialAndARestartSkipsWhatFinished(@TempDir Path dir) throws Exception {
        String yaml = "base: quadratic\nset: " + TINY + "\naxes:\n  generatorOptimizer.lr: [0.001, 0.003]\nseeds: 2\n";
        SweepFolder folder = SweepFolder.of(dir.resolve("lr").toString());

        Sweep.Outcome first = sweep(yaml, folder);

        assertThat(first.results()).hasSize(4).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("completed");
            assertThat(r.metric("energy_distance")).isFinite();
            assertThat(Path.of(r.runDir()).resolve("generator.safetensors")).isRegularFile();
        });
        assertThat(first.metric()).isEqualTo("energy_distance");
        TrialResult lowest = first.results().stream().min((a, b) -> Double.compare(a.metric("energy_distance"), b.metric("energy_distance"))).orElseThrow();
        assertThat(first.best()).isEqualTo(lowest);
        List<String> csv = Files.readAllLines(dir.resolve("lr/results.csv"));
        assertThat(csv).hasSize(5);
        assertThat(csv.getFirst()).startsWith("trial,point,seed,generatorOptimizer.lr,status,message,iterations,").contains(",energy_distance,")
                .endsWith(",best_energy_distance,best_iteration,it_per_s,wall_seconds,run_dir");
        List<Row> parquet = SparkTestSession.get().read().parquet(dir.resolve("lr/results.parquet").toString()).orderBy("trial").collectAsList();
        assertThat(parquet).hasSize(4);
        assertThat(parquet.getFirst().<Double>getAs("generatorOptimizer.lr")).isEqualTo(0.001);
        assertThat(parquet.getFirst().<Double>getAs("energy_distance")).isEqualTo(first.results().getFirst().metric("energy_distance"));
        assertThat(ImageIO.read(dir.resolve("lr/results.png").toFile()).getWidth()).isGreaterThan(100);
        assertThat(Files.readString(dir.resolve("lr/best.json"))).contains("\"trial\" : \"" + lowest.trial().name() + "\"");

        // an interrupted sweep: one trial lost its metrics.json (as if killed before the end); the others finished
        TrialResult lost = first.results().get(3);
        Files.delete(Path.of(lost.runDir()).resolve("metrics.json"));
        Sweep.Outcome again = sweep(yaml, folder);
        assertThat(again.results()).extracting(TrialResult::reused).containsExactly(true, true, true, false);
        assertThat(again.results().get(3).metric("energy_distance")).isEqualTo(lost.metric("energy_distance"));

        assertThatThrownBy(() -> sweep(yaml.replace("0.003", "0.002"), folder)).isInstanceOf(SweepException.class).hasMessageContaining("holds another sweep");
    }

    @Test
    void aTrialThatFailsOrIsInvalidIsARowAndTheSweepGoesOn(@TempDir Path dir) throws Exception {
        Path points = dir.resolve("points.csv");
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 400; i++) sb.append(String.format(Locale.ROOT, "%.3f,%.3f%n", i / 100.0, Math.sin(i / 100.0)));
        Files.writeString(points, sb.toString());
        String yaml = "base: quadratic\nset: " + TINY.replace("}", ", data.kind: csv, data.file: '" + points + "'}") + "\naxes:\n  data.file: ['" + points + "', '" + dir.resolve("gone.csv")
                + "']\n  train.batchSize: [64, -1]\n";

        Sweep.Outcome o = sweep(yaml, SweepFolder.of(dir.resolve("s").toString()));

        Map<String, String> status = o.results().stream().collect(Collectors.toMap(r -> r.trial().name(), TrialResult::status));
        assertThat(status).containsExactlyInAnyOrderEntriesOf(Map.of("p000-seed1", "completed", "p001-seed1", "invalid", "p002-seed1", "failed", "p003-seed1", "invalid"));
        assertThat(o.results().get(2).message()).contains("gone.csv");
        assertThat(o.results().get(1).message()).contains("train.batchSize");
        assertThat(o.best().trial().name()).isEqualTo("p000-seed1");
        assertThat(Files.readAllLines(dir.resolve("s/results.csv"))).hasSize(5);
        assertThat(log.toString()).contains("trial p001-seed1 is not run");
    }
}

package io.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a test: 10⁷ rows from a trained run (-Dgan4j.bench.run=DIR) as Parquet with 1, 2 and 8 partitions
 * on embedded local[2]; rows per second of each, the same rows in all three (as multisets of exact values, both
 * ways), and the first 1,000 rows of the first file equal to what {@code gan4j sample} prints with the same seed.
 * Run with {@code ./mvnw package -DskipTests} then {@code ./mvnw test -Dtest=BulkSamplingBench -Dgan4j.bench=bulk-sampling
 * -Dgan4j.bench.run=DIR}; the report goes to spark/target/bulk-sampling.txt.
 */
@EnabledIfSystemProperty(named = "gan4j.bench", matches = "bulk-sampling")
class BulkSamplingBench {
    private static final long ROWS = Long.getLong("gan4j.bench.rows", 10_000_000L);
    private static final long SEED = 5;

    @Test
    void tenMillionRows(@TempDir Path dir) throws Exception {
        Path run = Path.of(System.getProperty("gan4j.bench.run")).toAbsolutePath();
        SparkSession spark = SparkTestSession.get();
        List<String> report = new ArrayList<>(List.of("partitions, rows, seconds, rows/s"));
        List<Dataset<Row>> written = new ArrayList<>();
        for (int p : new int[] {1, 2, 8}) {
            String out = dir.resolve("p" + p + ".parquet").toString();
            BulkSampler.Report r = new BulkSampler(run, ROWS, SEED, null).write(spark, p, out);
            report.add(String.format(Locale.ROOT, "%d, %,d, %.1f, %,.0f", r.partitions(), r.rows(), r.seconds(), r.rows() / r.seconds()));
            System.out.println(report.getLast());
            written.add(spark.read().parquet(out));
        }
        for (int i = 1; i < written.size(); i++) {
            long missing = written.getFirst().exceptAll(written.get(i)).count(), extra = written.get(i).exceptAll(written.getFirst()).count();
            report.add("1 partition against " + (i == 1 ? 2 : 8) + ": " + missing + " rows missing, " + extra + " rows extra");
            assertThat(missing + extra).isZero();
        }
        Process sample = new ProcessBuilder("../gan4j", "sample", "--run", run.toString(), "-n", "1000", "--seed", Long.toString(SEED)).start();
        List<String> printed = new String(sample.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        assertThat(sample.waitFor()).isZero();
        Path first;
        try (Stream<Path> files = Files.list(dir.resolve("p8.parquet"))) {
            first = files.filter(f -> f.getFileName().toString().startsWith("part-00000")).findFirst().orElseThrow();
        }
        List<Row> head = spark.read().parquet(first.toString()).limit(1000).collectAsList();
        int equal = 0;
        for (int i = 0; i < 1000; i++) {
            String[] cells = printed.get(i).split(",");
            boolean same = true;
            for (int c = 0; c < cells.length; c++) same &= Float.floatToRawIntBits(Float.parseFloat(cells[c])) == Float.floatToRawIntBits(head.get(i).getFloat(c));
            if (same) equal++;
        }
        report.add("first 1,000 rows of the 8-partition output equal to gan4j sample's: " + equal);
        assertThat(equal).isEqualTo(1000);
        Files.write(Path.of("target/bulk-sampling.txt"), report);
        report.forEach(System.out::println);
    }
}

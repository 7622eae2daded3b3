package io.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.cli.Runs;
import io.gan4j.cli.SavedRun;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.Samples;
import io.gan4j.train.config.ConfigLoader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk sampling: Parquet read back, the same rows for any partition count, the first rows those of gan4j sample. */
class BulkSamplerTest {
    @TempDir
    static Path dir;
    private static Path run;

    @BeforeAll
    static void trainATinyRun() throws Exception {
        run = dir.resolve("run");
        Runs.train(ConfigLoader.preset("quadratic", List.of("train.iterations=50", "generator.hidden=16,16", "discriminator.hidden=16,16",
                "output.plotEvery=0", "output.frameEvery=0", "output.evalEvery=0", "output.samples=100")), run, new PrintWriter(Writer.nullWriter()));
    }

    @Test
    void theRowsAreTheSameBitsForAnyPartitionCountAndBeginAsGan4jSample() throws Exception {
        SparkSession spark = SparkTestSession.get();
        long n = 3 * Samples.CHUNK + 123;
        BulkSampler sampler = new BulkSampler(run, n, 11, null);

        List<Dataset<Row>> written = new ArrayList<>();
        for (int p : new int[] {1, 2, 8}) {
            String out = dir.resolve("p" + p + ".parquet").toString();
            BulkSampler.Report r = sampler.write(spark, p, out);
            assertThat(r.rows()).isEqualTo(n);
            assertThat(r.partitions()).isEqualTo(Math.min(p, 4));
            written.add(spark.read().parquet(out));
        }

        assertThat(written.getFirst().columns()).containsExactly("x", "y");
        assertThat(written.getFirst().count()).isEqualTo(n);
        for (Dataset<Row> other : written.subList(1, written.size())) {
            assertThat(written.getFirst().exceptAll(other).count()).isZero();
            assertThat(other.exceptAll(written.getFirst()).count()).isZero();
        }
        Path firstFile;
        try (Stream<Path> files = Files.list(dir.resolve("p2.parquet"))) {
            firstFile = files.filter(f -> f.getFileName().toString().startsWith("part-00000")).findFirst().orElseThrow();
        }
        List<Row> head = spark.read().parquet(firstFile.toString()).limit(100).collectAsList();
        Tensor expected = Samples.inDataUnits(SavedRun.load(run).setup(), 100, 11, Samples.STREAM);
        for (int i = 0; i < 100; i++) {
            assertThat(Float.floatToRawIntBits(head.get(i).getFloat(0))).isEqualTo(Float.floatToRawIntBits(expected.data()[2 * i]));
            assertThat(Float.floatToRawIntBits(head.get(i).getFloat(1))).isEqualTo(Float.floatToRawIntBits(expected.data()[2 * i + 1]));
        }
    }

    @Test
    void aConditionalRunGetsItsLabelColumnWithEveryClassInTurn() throws Exception {
        Path conditional = dir.resolve("cgan");
        Runs.train(ConfigLoader.preset("cgan-functions", List.of("train.iterations=20", "output.plotEvery=0", "output.frameEvery=0",
                "output.evalEvery=0", "output.samples=100")), conditional, new PrintWriter(Writer.nullWriter()));
        SparkSession spark = SparkTestSession.get();
        long n = Samples.CHUNK + 904; // 5,000 rows: 1,250 of each of the 4 classes
        String one = dir.resolve("c1.parquet").toString(), three = dir.resolve("c3.parquet").toString();
        new BulkSampler(conditional, n, 3, null).write(spark, 1, one);
        new BulkSampler(conditional, n, 3, null).write(spark, 3, three);

        Dataset<Row> rows = spark.read().parquet(one);
        assertThat(rows.columns()).containsExactly("x", "y", "label");
        List<String> classes = SavedRun.load(conditional).setup().gan().classNames();
        assertThat(rows.groupBy("label").count().collectAsList()).hasSize(classes.size())
                .allSatisfy(r -> assertThat(r.getLong(1)).isEqualTo(n / classes.size()));
        assertThat(rows.exceptAll(spark.read().parquet(three)).count()).isZero();
        assertThat(spark.read().parquet(three).exceptAll(rows).count()).isZero();
    }
}

package io.gan4j.spark;

import io.gan4j.cli.SavedRun;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.DataColumns;
import io.gan4j.train.Samples;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Many generated rows as Parquet, made where Spark runs them. Rows come in chunks of {@link Samples#CHUNK}; chunk k draws
 * its latents from (seed, k) exactly as {@code gan4j sample} does, so the rows are the same bits whatever the number
 * of partitions, executors or machines, and the first rows equal {@code gan4j sample}'s. A partition makes a
 * contiguous range of chunks and writes one Parquet file; columns are named as the data's, plus {@code label} (the
 * class's name) for a conditional run.
 */
public final class BulkSampler implements Serializable {
    /** What was written: rows, partitions (files), seconds. */
    public record Report(long rows, int partitions, double seconds) {}

    private final String runDir;
    private final long rows;
    private final long seed;
    private final Integer label;

    /** @param label a conditional run's class index (null: every class in turn, as {@code gan4j sample}) */
    public BulkSampler(Path runDir, long rows, long seed, Integer label) {
        if (rows < 1) throw new IllegalArgumentException("rows must be at least 1, got " + rows);
        this.runDir = runDir.toAbsolutePath().toString();
        this.rows = rows;
        this.seed = seed;
        this.label = label;
    }

    public long chunks() {
        return (rows + Samples.CHUNK - 1) / Samples.CHUNK;
    }

    /** Writes {@code partitions} Parquet files into {@code out} (a path or a Hadoop filesystem URI; it must not exist). */
    public Report write(SparkSession spark, int partitions, String out) throws IOException {
        long start = System.nanoTime();
        int p = (int) Math.min(partitions, chunks());
        StructType schema = schema(SavedRun.load(Path.of(runDir)));
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        var rdd = sc.parallelize(IntStream.range(0, p).boxed().toList(), p).mapPartitions(parts -> rowsOf(parts, p));
        spark.createDataFrame(rdd, schema).write().mode("errorifexists").parquet(out);
        return new Report(rows, p, (System.nanoTime() - start) / 1e9);
    }

    StructType schema(SavedRun saved) {
        List<StructField> fields = new ArrayList<>();
        for (String c : DataColumns.of(saved.setup().data())) fields.add(DataTypes.createStructField(c, DataTypes.FloatType, false));
        if (saved.setup().gan().isConditional()) fields.add(DataTypes.createStructField("label", DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    /** The rows of partition {@code part} of {@code partitions}: chunks part·K/P up to (part+1)·K/P, made one at a time. */
    private Iterator<Row> rowsOf(Iterator<Integer> parts, int partitions) {
        int part = parts.next();
        long first = chunks() * part / partitions, end = chunks() * (part + 1) / partitions;
        SavedRun saved;
        try {
            saved = SavedRun.load(Path.of(runDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Iterator<>() {
            private long chunk = first;
            private float[] values;
            private int[] asked;
            private int m, i, d;

            @Override
            public boolean hasNext() {
                return i < m || chunk < end;
            }

            @Override
            public Row next() {
                if (i == m) make();
                Object[] row = new Object[d + (asked == null ? 0 : 1)];
                for (int c = 0; c < d; c++) row[c] = values[i * d + c];
                if (asked != null) row[d] = saved.setup().gan().classNames().get(asked[i]);
                i++;
                return RowFactory.create(row);
            }

            private void make() {
                if (chunk >= end) throw new NoSuchElementException();
                long from = chunk * Samples.CHUNK;
                m = (int) Math.min(Samples.CHUNK, rows - from);
                asked = saved.setup().gan().isConditional() ? askedFrom(from, m, saved.setup().gan().classNames().size()) : null;
                Tensor t = Samples.chunk(saved.setup(), chunk, m, asked, seed, Samples.STREAM);
                d = t.dim(1);
                values = t.data();
                i = 0;
                chunk++;
            }
        };
    }

    /** The classes of rows from..from+m-1, as {@link Samples#asked} gives them for the whole run. */
    private int[] askedFrom(long from, int m, int classes) {
        int[] a = new int[m];
        if (label != null) Arrays.fill(a, label);
        else for (int j = 0; j < m; j++) a[j] = (int) ((from + j) % classes);
        return a;
    }
}

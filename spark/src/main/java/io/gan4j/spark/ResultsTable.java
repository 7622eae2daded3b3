package io.gan4j.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The sweep's results, one row per trial: trial, point, seed, every varied key (numbers where every value is one),
 * status, message, iterations, each final metric, the best periodic value of the sweep's metric and its iteration,
 * it/s, wall time and the run folder. Written as CSV and as Parquet, with the same columns.
 */
public final class ResultsTable {
    private final List<String> keys;
    private final Set<Integer> numericKeys = new HashSet<>();
    private final List<String> metrics;
    private final String metric;
    private final List<TrialResult> results;

    public ResultsTable(List<String> keys, String metric, List<TrialResult> results) {
        this.keys = List.copyOf(keys);
        this.metric = metric;
        this.results = List.copyOf(results);
        Set<String> names = new LinkedHashSet<>();
        for (TrialResult r : results) names.addAll(r.metrics().keySet());
        this.metrics = List.copyOf(names);
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            if (results.stream().allMatch(r -> isNumber(r.trial().varied().get(key)))) numericKeys.add(k);
        }
    }

    public List<String> columns() {
        List<String> c = new ArrayList<>(List.of("trial", "point", "seed"));
        c.addAll(keys);
        c.addAll(List.of("status", "message", "iterations"));
        c.addAll(metrics);
        c.addAll(List.of("best_" + metric, "best_iteration", "it_per_s", "wall_seconds", "run_dir"));
        return c;
    }

    private List<Object> values(TrialResult r) {
        List<Object> v = new ArrayList<>(List.of(r.trial().name(), r.trial().point(), r.trial().seed()));
        for (int k = 0; k < keys.size(); k++) {
            String value = r.trial().varied().get(keys.get(k));
            v.add(numericKeys.contains(k) ? (Object) Double.parseDouble(value) : value);
        }
        v.add(r.status());
        v.add(r.message());
        v.add(r.iterations());
        for (String m : metrics) v.add(r.metric(m));
        v.add(metric.equals(r.bestMetric()) ? r.best() : null);
        v.add(metric.equals(r.bestMetric()) ? r.bestIteration() : null);
        v.add(r.itPerSec());
        v.add(r.wallSeconds());
        v.add(r.runDir());
        return v;
    }

    public String csv() {
        StringBuilder sb = new StringBuilder(String.join(",", columns())).append('\n');
        for (TrialResult r : results) {
            List<String> cells = new ArrayList<>();
            for (Object o : values(r)) cells.add(cell(o));
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    public Dataset<Row> dataset(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (TrialResult r : results) rows.add(RowFactory.create(values(r).toArray()));
        return spark.createDataFrame(rows, schema());
    }

    private StructType schema() {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("trial", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("point", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("seed", DataTypes.LongType, false));
        for (int k = 0; k < keys.size(); k++) f.add(DataTypes.createStructField(keys.get(k), numericKeys.contains(k) ? DataTypes.DoubleType : DataTypes.StringType, true));
        f.add(DataTypes.createStructField("status", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("message", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("iterations", DataTypes.IntegerType, false));
        for (String m : metrics) f.add(DataTypes.createStructField(m, DataTypes.DoubleType, true));
        DataType[] tail = {DataTypes.DoubleType, DataTypes.IntegerType, DataTypes.DoubleType, DataTypes.DoubleType, DataTypes.StringType};
        List<String> columns = columns(), names = columns.subList(columns.size() - tail.length, columns.size());
        for (int i = 0; i < tail.length; i++) f.add(DataTypes.createStructField(names.get(i), tail[i], true));
        return DataTypes.createStructType(f);
    }

    private static String cell(Object o) {
        if (o == null) return "";
        String s = o instanceof Double d ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d)) : o.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"").replace("\n", " ") + "\"";
        return s;
    }

    static boolean isNumber(String s) {
        if (s == null) return false;
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package io.gan4j.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss history: every {@code every} iterations one row with the step figures averaged over
 * the iterations since the previous row, and the learning rates in use. Rows land at multiples of
 * {@code every}; the half-filled window is part of the checkpoint state, so a resumed run logs
 * the same rows as an uninterrupted one. Other listeners (the CSV file, the loss plot, progress)
 * read {@link #rows()}; list this one before them.
 */
public final class LossLog implements TrainingListener, ListenerState {
    public static final String LR_G = "lr_g", LR_D = "lr_d";

    /** One row: the iteration it was logged at and a value per {@link #columns()} entry. */
    public record Row(int iteration, Map<String, Double> values) {
        public Row {
            values = RowValues.of(values);
        }

        public double get(String column) {
            Double v = values.get(column);
            return v == null ? Double.NaN : v;
        }
    }

    private final int every;
    private final List<String> figures;
    private final double[] sums;
    private int count;
    private final List<Row> rows = new ArrayList<>();

    /** @param critic whether the objective is a critic's, which adds the Wasserstein estimate */
    public LossLog(int every, boolean critic) {
        if (every < 0) throw new IllegalArgumentException("LossLog: every must be >= 0, got " + every);
        this.every = every;
        this.figures = figureNames(critic);
        this.sums = new double[figures.size()];
    }

    /** The averaged step figures: those of {@link StepResult#named()}, the Wasserstein estimate for critics only. */
    public static List<String> figureNames(boolean critic) {
        List<String> names = new ArrayList<>(new StepResult(0, 0, 0, 0, 0, 0).named().keySet());
        if (!critic) names.remove("wasserstein");
        return List.copyOf(names);
    }

    /** Figure columns, then {@value #LR_G} and {@value #LR_D}. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(figures);
        c.add(LR_G);
        c.add(LR_D);
        return c;
    }

    public int every() {
        return every;
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The newest row, or null. */
    public Row last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    /** Whether a row was logged at exactly this iteration. */
    public boolean loggedAt(int iteration) {
        Row last = last();
        return last != null && last.iteration() == iteration;
    }

    /** Rows of an earlier session (read back from the run folder when resuming). */
    public void seed(List<Row> earlier) {
        rows.clear();
        rows.addAll(earlier);
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        if (every == 0) return;
        Map<String, Double> named = result.named();
        for (int i = 0; i < figures.size(); i++) sums[i] += named.get(figures.get(i));
        count++;
        if (context.iteration() % every == 0) emit(context);
    }

    private void emit(TrainingContext context) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) values.put(figures.get(i), sums[i] / count);
        values.put(LR_G, (double) context.gan().generatorOptimizer().learningRate());
        values.put(LR_D, (double) context.gan().discriminatorOptimizer().learningRate());
        rows.add(new Row(context.iteration(), values));
        Arrays.fill(sums, 0);
        count = 0;
    }

    @Override
    public String stateName() {
        return "lossLog";
    }

    /**
     * The partial interval's sums, and every row so far (so a run killed before losses.csv caught up loses none:
     * iteration then the columns' values, exact, rows separated by ';').
     */
    @Override
    public Map<String, String> saveState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("count", Integer.toString(count));
        for (int i = 0; i < figures.size(); i++) s.put("sum." + figures.get(i), Double.toString(sums[i]));
        StringBuilder all = new StringBuilder();
        List<String> columns = columns();
        for (Row r : rows) {
            if (!all.isEmpty()) all.append(';');
            all.append(r.iteration());
            for (String c : columns) all.append(',').append(r.get(c));
        }
        s.put("rows", all.toString());
        return s;
    }

    @Override
    public void restoreState(Map<String, String> state) {
        if (state.isEmpty()) return;
        count = Integer.parseInt(state.getOrDefault("count", "0"));
        for (int i = 0; i < figures.size(); i++) sums[i] = Double.parseDouble(state.getOrDefault("sum." + figures.get(i), "0"));
        String all = state.get("rows");
        if (all != null) seed(parseRows(all));
    }

    private List<Row> parseRows(String all) {
        List<Row> parsed = new ArrayList<>();
        if (all.isEmpty()) return parsed;
        List<String> columns = columns();
        for (String line : all.split(";")) {
            String[] cells = line.split(",");
            if (cells.length != columns.size() + 1) throw new IllegalArgumentException("loss log state: a row of " + cells.length + " values, expected " + (columns.size() + 1));
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) values.put(columns.get(c), Double.parseDouble(cells[c + 1]));
            parsed.add(new Row(Integer.parseInt(cells[0]), values));
        }
        return parsed;
    }
}

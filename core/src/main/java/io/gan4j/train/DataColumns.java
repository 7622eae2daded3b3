package io.gan4j.train;

import io.gan4j.data.CsvData;
import io.gan4j.data.RealData;
import java.util.ArrayList;
import java.util.List;

/** Names for the columns of examples: a CSV file's header, x and y for 2-D points, else x1, x2, ... */
public final class DataColumns {
    private DataColumns() {}

    public static List<String> of(RealData data) {
        if (data instanceof StandardizedData s) return of(s.source());
        if (data instanceof CsvData csv) return csv.columnNames();
        int d = data.dim();
        if (d == 2) return List.of("x", "y");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= d; i++) names.add("x" + i);
        return names;
    }
}

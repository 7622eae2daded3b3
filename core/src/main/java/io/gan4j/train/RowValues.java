package io.gan4j.train;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of a {@link LossLog.Row}, compact: a long run keeps every row, so a row holds one array of doubles and
 * shares its column names with the rows before it (a map of boxed values took twice the memory). Immutable, in the
 * order given, with no null values.
 */
final class RowValues extends AbstractMap<String, Double> {
    /** The column names of the latest row made, shared by the rows after it with the same names. */
    private static volatile String[] lastKeys = new String[0];
    private final String[] keys;
    private final double[] values;

    private RowValues(String[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
    }

    static Map<String, Double> of(Map<String, Double> map) {
        if (map instanceof RowValues r) return r;
        String[] keys = new String[map.size()];
        double[] values = new double[map.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            keys[i] = e.getKey();
            if (e.getValue() == null) throw new NullPointerException("loss log row: no value for " + e.getKey());
            values[i++] = e.getValue();
        }
        String[] shared = lastKeys;
        if (Arrays.equals(shared, keys)) keys = shared;
        else lastKeys = keys;
        return new RowValues(keys, values);
    }

    @Override
    public Double get(Object key) {
        for (int i = 0; i < keys.length; i++) if (keys[i].equals(key)) return values[i];
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (String k : keys) if (k.equals(key)) return true;
        return false;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keys.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (i >= keys.length) throw new NoSuchElementException();
                        Entry<String, Double> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}

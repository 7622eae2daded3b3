package io.gan4j.tensor.kernel.conv;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Read-only index tables built from a layer's shape (unfold and fold tables), kept for the next call with
 * that shape: building them took as long as a tenth of a DCGAN layer's pass, and a model has a handful of
 * layer shapes. Should a cache ever hold more than {@value #MAX_CACHED}, it is emptied.
 */
final class ShapeTables<K, T> {
    private static final int MAX_CACHED = 32;

    private final Map<K, T> cache = new ConcurrentHashMap<>();
    private final Function<K, T> build;

    ShapeTables(Function<K, T> build) {
        this.build = build;
    }

    T get(K shape) {
        T tables = cache.get(shape);
        if (tables != null) return tables;
        if (cache.size() >= MAX_CACHED) cache.clear();
        return cache.computeIfAbsent(shape, build);
    }
}

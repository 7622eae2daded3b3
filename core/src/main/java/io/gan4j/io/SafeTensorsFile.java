package io.gan4j.io;

import io.gan4j.tensor.Tensor;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of a safetensors file: tensors and string metadata, both unmodifiable and iterated
 * in name order.
 */
public record SafeTensorsFile(Map<String, Tensor> tensors, Map<String, String> metadata) {
    public SafeTensorsFile {
        tensors = Collections.unmodifiableSortedMap(new TreeMap<>(tensors));
        metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    }
}

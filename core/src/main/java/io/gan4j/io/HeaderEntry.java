package io.gan4j.io;

/** One tensor's description in a safetensors header; offsets are relative to the data buffer. */
record HeaderEntry(String name, DType dtype, int[] shape, int elements, long begin, long end) {
    long byteLength() {
        return end - begin;
    }
}

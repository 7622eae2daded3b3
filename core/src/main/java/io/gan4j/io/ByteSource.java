package io.gan4j.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Random-access bytes: a file channel or an in-memory array, read the same way. */
interface ByteSource {
    long size() throws IOException;

    /** Fills {@code dst} (position to limit) from {@code position} on. */
    void readFully(long position, ByteBuffer dst) throws IOException;

    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public void readFully(long position, ByteBuffer dst) {
                dst.put(bytes, Math.toIntExact(position), dst.remaining());
            }
        };
    }

    static ByteSource of(FileChannel channel) {
        return new ByteSource() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void readFully(long position, ByteBuffer dst) throws IOException {
                long at = position;
                while (dst.hasRemaining()) {
                    int n = channel.read(dst, at);
                    if (n < 0) throw new EOFException("file ended at byte " + at + " while reading");
                    at += n;
                }
            }
        };
    }
}

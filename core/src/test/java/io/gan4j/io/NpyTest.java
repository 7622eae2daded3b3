package io.gan4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
    @TempDir
    Path dir;

    /** The bytes numpy.save writes for np.zeros((2, 1, 3, 3), np.float32) and np.zeros(5, np.float32), header included. */
    @Test
    void headersAreByteForByteThoseNumPyWrites() {
        assertThat(Npy.header(new int[] {2, 1, 3, 3})).isEqualTo(numpyHeader("(2, 1, 3, 3)"));
        assertThat(Npy.header(new int[] {5})).isEqualTo(numpyHeader("(5,)"));
    }

    private static byte[] numpyHeader(String shape) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
        String padded = dict + " ".repeat(117 - dict.length()) + "\n";
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) 118).put(padded.getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }

    @Test
    void writtenArraysReadBackBitForBit() throws IOException {
        Tensor t = Tensor.uniform(new Rng(3), -1f, 1f, 4, 1, 28, 28);
        t.data()[5] = Float.NaN;
        Path file = dir.resolve("samples.npy");
        Npy.write(file, t);
        assertThat(Files.size(file)).isEqualTo(128 + 4L * t.size());
        Tensor back = Npy.read(file);
        assertThat(back.shape()).containsExactly(4, 1, 28, 28);
        assertThat(Arrays.equals(back.data(), t.data())).isTrue();
    }

    @Test
    void whatIsNotAFloat32ArrayIsRefusedNamingTheFile() throws IOException {
        Path good = dir.resolve("good.npy");
        Npy.write(good, Tensor.zeros(2, 3));
        byte[] bytes = Files.readAllBytes(good);
        assertFails("short.npy", Arrays.copyOf(bytes, bytes.length - 4), "holds 148 bytes, its header promises 152");
        assertFails("text.npy", "hello".getBytes(StandardCharsets.US_ASCII), "ends inside its preamble");
        assertFails("double.npy", new String(bytes, StandardCharsets.ISO_8859_1).replace("<f4", "<f8").getBytes(StandardCharsets.ISO_8859_1),
                "dtype '<f8' is not float32");
        byte[] huge = new String(bytes, StandardCharsets.ISO_8859_1).replace("(2, 3)", "(999999, 999999)").getBytes(StandardCharsets.ISO_8859_1);
        assertFails("huge.npy", huge, "more than one array can");
    }

    private void assertFails(String name, byte[] bytes, String message) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        assertThatThrownBy(() -> Npy.read(f)).isInstanceOf(IOException.class).hasMessageStartingWith(f.toString()).hasMessageContaining(message);
    }
}

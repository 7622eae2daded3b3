package io.gan4j.tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Text files read as UTF-8, strictly: a file that is not UTF-8 text is an error naming the file, the byte offset and
 * the line of the first bad byte, instead of the JDK's "Input length = 1". In the tensor package, the lowest layer, so
 * every reader (CSV, YAML config, losses.csv) can use it.
 */
public final class TextFiles {
    private TextFiles() {}

    /** A file that is not UTF-8 text; the message starts with the file. */
    public static final class NotUtf8Exception extends IOException {
        public NotUtf8Exception(String message) {
            super(message);
        }
    }

    public static String read(Path file) throws IOException {
        return decode(file.toString(), Files.readAllBytes(file));
    }

    /** The bytes as UTF-8; {@code source} names them in the error. */
    public static String decode(String source, byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
            throw new NotUtf8Exception(String.format(Locale.ROOT, "%s: not UTF-8 text: byte %d (line %d) is 0x%02X, which UTF-8 does not allow there",
                    source, offset, line, bytes[offset] & 0xFF));
        }
        return out.flip().toString();
    }
}

package io.gan4j.viz;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A GIF frame already reduced to a palette, kept deflated: a scatter frame is mostly background, so its
 * palette indices shrink ~20 times, and training.gif's cached frames take a few MB instead of ~50.
 */
final class PackedFrame {
    private final int width, height;
    private final IndexColorModel palette;
    private final byte[] deflated;

    private PackedFrame(int width, int height, IndexColorModel palette, byte[] deflated) {
        this.width = width;
        this.height = height;
        this.palette = palette;
        this.deflated = deflated;
    }

    /** @param indexed an image of {@link MedianCut#toIndexed} */
    static PackedFrame of(BufferedImage indexed) {
        byte[] indices = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(indices);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(indices.length / 8 + 64);
            byte[] chunk = new byte[16 * 1024];
            while (!deflater.finished()) out.write(chunk, 0, deflater.deflate(chunk));
            return new PackedFrame(indexed.getWidth(), indexed.getHeight(), (IndexColorModel) indexed.getColorModel(), out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    BufferedImage unpack() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette);
        byte[] indices = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            int n = 0;
            while (n < indices.length && !inflater.finished()) n += inflater.inflate(indices, n, indices.length - n);
            if (n != indices.length) throw new IllegalStateException("a packed GIF frame inflated to " + n + " bytes, expected " + indices.length);
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed GIF frame is corrupt", e);
        } finally {
            inflater.end();
        }
    }

    int packedBytes() {
        return deflated.length;
    }
}

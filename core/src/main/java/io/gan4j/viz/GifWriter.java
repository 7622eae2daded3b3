package io.gan4j.viz;

import io.gan4j.tensor.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an animated GIF that loops forever, frame by frame: {@link #open}, {@link #add} each
 * frame, then {@link #finish}, which moves the file into place atomically. Closing an unfinished
 * writer discards the partial file. Each frame gets its own median-cut palette ({@link MedianCut}).
 *
 * <pre>{@code
 * try (GifWriter gif = GifWriter.open(runDir.resolve("training.gif"), 120)) {
 *     for (BufferedImage frame : frames) gif.add(frame);
 *     gif.finish();
 * }
 * }</pre>
 */
public final class GifWriter implements AutoCloseable {
    public static final int MIN_DELAY_MS = 10;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final byte[] LOOP_FOREVER = {1, 0, 0};

    private final Path target;
    private final int delayCentiseconds;
    private final AtomicFiles.Output file;
    private final ImageOutputStream stream;
    private final ImageWriter writer;
    private int frames;
    private int width = -1, height = -1;
    private boolean finished;

    private GifWriter(Path target, int delayMs, AtomicFiles.Output file, ImageOutputStream stream, ImageWriter writer) {
        this.target = target;
        this.delayCentiseconds = Math.round(delayMs / 10f);
        this.file = file;
        this.stream = stream;
        this.writer = writer;
    }

    /** Starts a GIF at {@code target} showing each frame for {@code frameDelayMs} (GIF stores hundredths of a second). */
    public static GifWriter open(Path target, int frameDelayMs) {
        if (frameDelayMs < MIN_DELAY_MS || frameDelayMs > 655_350) {
            throw new IllegalArgumentException("GifWriter: frame delay " + frameDelayMs + " ms outside " + MIN_DELAY_MS + "..655350");
        }
        Headless.ensure();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        AtomicFiles.Output file;
        try {
            file = AtomicFiles.open(target);
        } catch (IOException e) {
            writer.dispose();
            throw new UncheckedIOException("cannot open a temporary file next to " + target, e);
        }
        try {
            ImageOutputStream stream = new MemoryCacheImageOutputStream(file.stream());
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            return new GifWriter(target, frameDelayMs, file, stream, writer);
        } catch (IOException | RuntimeException e) {
            writer.dispose();
            file.close();
            throw e instanceof IOException io ? new UncheckedIOException("cannot start GIF " + target, io) : (RuntimeException) e;
        }
    }

    /** Writes a whole animation at once. */
    public static void write(Path target, List<BufferedImage> frames, int frameDelayMs) {
        try (GifWriter gif = open(target, frameDelayMs)) {
            for (BufferedImage frame : frames) gif.add(frame);
            gif.finish();
        }
    }

    public void add(BufferedImage frame) {
        addIndexed(MedianCut.toIndexed(frame));
    }

    /** Adds a frame already reduced to a palette by {@link MedianCut#toIndexed}. */
    void addIndexed(BufferedImage indexed) {
        if (finished) throw new IllegalStateException("GifWriter " + target + ": already finished");
        requireSameSize(indexed);
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(indexed), param);
            describeFrame(metadata, frames == 0);
            writer.writeToSequence(new IIOImage(indexed, null, metadata), param);
            stream.flush();
            frames++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write frame " + frames + " of GIF " + target, e);
        }
    }

    public int frameCount() {
        return frames;
    }

    /** Ends the animation and moves the file into place. */
    public void finish() {
        if (finished) return;
        if (frames == 0) throw new IllegalStateException("GifWriter " + target + ": no frames added");
        try {
            writer.endWriteSequence();
            stream.close();
            file.commit();
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish GIF " + target, e);
        } finally {
            writer.dispose();
        }
    }

    /** Discards the partial file unless {@link #finish} succeeded. */
    @Override
    public void close() {
        if (finished) return;
        finished = true;
        writer.dispose();
        try {
            stream.close();
        } catch (IOException ignored) {
            // the temporary file is deleted next
        }
        file.close();
    }

    private void requireSameSize(BufferedImage frame) {
        if (width < 0) {
            width = frame.getWidth();
            height = frame.getHeight();
        } else if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("GifWriter " + target + ": frame " + frames + " is " + frame.getWidth() + "x"
                    + frame.getHeight() + ", the first frame was " + width + "x" + height);
        }
    }

    private void describeFrame(IIOMetadata metadata, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("transparentColorIndex", "0");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(LOOP_FOREVER.clone());
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) return (IIOMetadataNode) parent.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}

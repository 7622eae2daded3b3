package io.gan4j.viz;

import io.gan4j.tensor.AtomicFiles;
import io.gan4j.train.GanFactory;
import io.gan4j.train.ListenerState;
import io.gan4j.train.LossLog;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.StepResult;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The run's pictures ({@link RunPictures}: a scatter, or grids of images) every {@code plotEvery} iterations and at the end, a GIF
 * frame every {@code frameEvery} (kept as PNGs in {@code frames/}, so a resumed run rebuilds the
 * whole animation), {@code training.gif} rebuilt at each plot and at the end, and the loss plot
 * from a {@link LossLog} (listed before this one) at each plot and at the end. Snapshots are taken
 * on the training thread; drawing and writing happen on a {@link BackgroundWriter}, all done when
 * training ends.
 *
 * <p>After a divergence or a failure nothing is drawn from the broken networks; the loss plot's title
 * says where training stopped, and the pictures already queued are still written.
 *
 * <p>A checkpoint waits for {@link #awaitWritten} and keeps the last step's losses (the pictures' titles), so a run
 * killed at any moment and resumed draws what the kill took (the pictures of the checkpoint's iteration, the final
 * ones) exactly as an uninterrupted run would.
 */
public final class SnapshotListener implements TrainingListener, ListenerState {
    public static final int GIF_DELAY_MS = 120;
    /** The most frames training.gif shows (every preset makes at most 101); a longer run's GIF skips frames evenly. */
    public static final int GIF_MAX_FRAMES = 120;
    private static final Pattern FRAME = Pattern.compile("frame-(\\d+)\\.png");

    private final RunFolder folder;
    private final GanFactory.Setup setup;
    private final LossLog log;
    private final int plotEvery;
    private final int frameEvery;
    private final BackgroundWriter writer = new BackgroundWriter();
    /** Frames already reduced to a palette, kept deflated, by file; touched only on the picture thread. */
    private final Map<Path, PackedFrame> indexedFrames = new HashMap<>();
    private RunPictures pictures;
    /** The losses of the last step, this process's or the checkpoint's; null before the first step. */
    private double[] lastLosses;
    private int lastPlot = -1, lastFrame = -1;

    public SnapshotListener(RunFolder folder, GanFactory.Setup setup, LossLog log, int plotEvery, int frameEvery) {
        this.folder = folder;
        this.setup = setup;
        this.log = log;
        this.plotEvery = plotEvery;
        this.frameEvery = frameEvery;
    }

    @Override
    public void onStart(TrainingContext context) {
        pictures = RunPictures.of(setup, context.seed());
        int start = context.iteration();
        if (start > 0) {
            deleteFramesAfter(start);
            redrawMissing(context);
        } else if (frameEvery > 0) {
            frame(context);
        }
    }

    /** A kill between a checkpoint's pictures and the end of their writing: the resumed run draws them again. */
    private void redrawMissing(TrainingContext context) {
        int i = context.iteration();
        if (lastLosses == null) return;
        if (frameEvery > 0 && i % frameEvery == 0 && !Files.exists(folder.frame(i))) frame(context);
        if (plotEvery > 0 && i % plotEvery == 0 && pictures != null && !Files.exists(pictures.plotFile(folder, i))) picture(context);
    }

    /** Returns once every picture asked for so far is on disk; rethrows a failure to write one. */
    public void awaitWritten() {
        writer.awaitWritten();
    }

    @Override
    public String stateName() {
        return "pictures";
    }

    @Override
    public Map<String, String> saveState() {
        if (lastLosses == null) return Map.of();
        return Map.of("d_loss", Double.toString(lastLosses[0]), "g_loss", Double.toString(lastLosses[1]));
    }

    @Override
    public void restoreState(Map<String, String> state) {
        if (state.containsKey("d_loss")) lastLosses = new double[] {Double.parseDouble(state.get("d_loss")), Double.parseDouble(state.get("g_loss"))};
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        lastLosses = new double[] {result.dLoss(), result.gLoss()};
        int i = context.iteration();
        if (frameEvery > 0 && i % frameEvery == 0) frame(context);
        if (plotEvery > 0 && i % plotEvery == 0) plot(context);
    }

    /** The picture of this iteration and the loss plot, as at a plot iteration. */
    @Override
    public void onSave(TrainingContext context) {
        if (lastLosses != null && lastPlot != context.iteration()) plot(context);
    }

    @Override
    public void onEnd(TrainingContext context, Outcome outcome) {
        if (outcome.networksUsable() && lastLosses != null) {
            if (frameEvery > 0 && lastFrame != context.iteration()) frame(context);
            if (lastPlot != context.iteration()) picture(context);
            if (pictures != null) pictures.atEnd(folder, writer);
        }
        writeLossPlot(lossPlotTitle(outcome));
        writer.submitRebuild(this::writeGif);
        writer.finish();
    }

    private static String lossPlotTitle(Outcome outcome) {
        return switch (outcome.status()) {
            case DIVERGED -> "Training losses — diverged at iteration " + (outcome.iterations() + 1);
            case FAILED -> "Training losses — failed after " + outcome.iterations() + " iterations";
            default -> LossPlotStyle.DEFAULT.title();
        };
    }

    private void plot(TrainingContext context) {
        picture(context);
        writeLossPlot(LossPlotStyle.DEFAULT.title());
        writer.submitRebuild(this::writeGif);
    }

    /** The snapshot is taken now (it needs the networks); drawing and writing it happen in the background. */
    private void picture(TrainingContext context) {
        lastPlot = context.iteration();
        if (pictures == null) return;
        RunPictures.Snapshot snapshot = pictures.take(title(context), context.iteration());
        Path file = pictures.plotFile(folder, context.iteration());
        writer.submit(() -> Png.write(snapshot.plot(), file));
    }

    private void frame(TrainingContext context) {
        lastFrame = context.iteration();
        if (pictures == null) return;
        RunPictures.Snapshot snapshot = pictures.take(title(context), context.iteration());
        Path file = folder.frame(context.iteration());
        writer.submit(() -> {
            BufferedImage image = snapshot.frame();
            framesFolder();
            Png.write(image, file);
            indexedFrames.put(file, PackedFrame.of(MedianCut.toIndexed(image)));
        });
    }

    private String title(TrainingContext context) {
        if (lastLosses == null) return String.format(Locale.ROOT, "iteration %,d", context.iteration());
        return ScatterFrame.title(context.iteration(), lastLosses[0], lastLosses[1]);
    }

    private void writeLossPlot(String title) {
        if (log.every() == 0) return;
        List<LossLog.Row> rows = log.rows();
        List<LossSeries> series = List.of(series("D loss", rows, "d_loss"), series("G loss", rows, "g_loss"));
        Path file = folder.file(RunFolder.LOSS_PLOT);
        writer.submit(() -> LossPlot.writePng(series, LossPlotStyle.DEFAULT.withTitle(title), file));
    }

    private static LossSeries series(String name, List<LossLog.Row> rows, String column) {
        double[] xs = new double[rows.size()], ys = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xs[i] = rows.get(i).iteration();
            ys[i] = rows.get(i).get(column);
        }
        return new LossSeries(name, xs, ys);
    }

    /**
     * Rebuilds training.gif from every frame PNG, in iteration order. Each frame is reduced to a palette
     * once: when drawn, or, for frames of a run resumed here, when first read back from its PNG.
     */
    private void writeGif() {
        List<Path> frames = gifFrames(frameFiles());
        if (frames.isEmpty()) return;
        // Only the frames the GIF shows stay in memory: a long run makes thousands.
        indexedFrames.keySet().retainAll(frames);
        try (GifWriter gif = GifWriter.open(folder.file(RunFolder.GIF), GIF_DELAY_MS)) {
            for (Path f : frames) gif.addIndexed(indexedFrames.computeIfAbsent(f, p -> PackedFrame.of(MedianCut.toIndexed(read(p)))).unpack());
            gif.finish();
        }
    }

    /**
     * At most {@link #GIF_MAX_FRAMES} of the frames, evenly: every one, else every 2nd, 4th, 8th... (so the frames
     * kept stay kept as the run goes on) and always the last. A function of the frame files alone, so a resumed run
     * makes the same GIF.
     */
    static <T> List<T> gifFrames(List<T> frames) {
        if (frames.size() <= GIF_MAX_FRAMES) return frames;
        int stride = 2;
        while ((frames.size() + stride - 1) / stride + 1 > GIF_MAX_FRAMES) stride *= 2;
        List<T> shown = new ArrayList<>();
        for (int i = 0; i < frames.size(); i += stride) shown.add(frames.get(i));
        if (!shown.getLast().equals(frames.getLast())) shown.add(frames.getLast());
        return shown;
    }

    private static BufferedImage read(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) throw new IOException("not a readable image");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GIF frame " + png + ": " + e.getMessage(), e);
        }
    }

    private List<Path> frameFiles() {
        Path dir = folder.framesDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> frames = new ArrayList<>(files.filter(p -> iterationOf(p) >= 0).toList());
            frames.sort((a, b) -> Long.compare(iterationOf(a), iterationOf(b)));
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private void framesFolder() {
        try {
            AtomicFiles.folder(folder.framesDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteFramesAfter(int iteration) {
        for (Path f : frameFiles()) {
            if (iterationOf(f) <= iteration) continue;
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete stale frame " + f, e);
            }
        }
    }

    private static long iterationOf(Path p) {
        Matcher m = FRAME.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}

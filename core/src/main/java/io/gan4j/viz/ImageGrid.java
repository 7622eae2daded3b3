package io.gan4j.viz;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A grid of small images from a tensor with values in [-1, 1]: [n, 1, H, W] or [n, H, W] grey,
 * [n, 3, H, W] colour, or [n, H*W] grey with square images. Non-finite values are drawn magenta so
 * a broken generator shows at a glance. {@link #sideBySide} puts captioned grids next to each
 * other, e.g. "generated" and "real".
 */
public final class ImageGrid {
    static final int BROKEN = 0xFF00FF;
    private static final int CAPTION_SIZE = 15;
    private static final int PANEL_MARGIN = 12;
    private static final int PANEL_GAP = 24;
    private static final int CAPTION_GAP = 8;

    /** One captioned picture of {@link #sideBySide}. */
    public record Panel(String caption, BufferedImage image) {}

    private ImageGrid() {}

    public static BufferedImage render(Tensor images) {
        return render(images, GridStyle.DEFAULT);
    }

    /** A near-square grid of all images. */
    public static BufferedImage render(Tensor images, GridStyle style) {
        int n = Images.of(images).count();
        int cols = Math.max(1, (int) Math.ceil(Math.sqrt(n)));
        return render(images, Math.max(1, (n + cols - 1) / cols), cols, style);
    }

    /** The first rows * cols images, row by row; cells beyond n stay padding-coloured. */
    public static BufferedImage render(Tensor images, int rows, int cols, GridStyle style) {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("ImageGrid: grid " + rows + "x" + cols + " must be at least 1x1");
        Images im = Images.of(images);
        int cellW = im.width() * style.scale(), cellH = im.height() * style.scale(), pad = style.padding();
        BufferedImage out = new BufferedImage(cols * cellW + (cols + 1) * pad, rows * cellH + (rows + 1) * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(style.paddingColour());
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.dispose();
        for (int k = 0; k < Math.min(im.count(), rows * cols); k++) {
            int x0 = pad + (k % cols) * (cellW + pad), y0 = pad + (k / cols) * (cellH + pad);
            paintCell(out, im, k, x0, y0, style.scale());
        }
        return out;
    }

    public static void writePng(Tensor images, GridStyle style, Path target) {
        Png.write(render(images, style), target);
    }

    /** A grid with a name to the left of each of its rows (a conditional run's classes), on white. */
    public static BufferedImage withRowLabels(BufferedImage grid, List<String> labels, GridStyle style) {
        Headless.ensure();
        Font font = Palette.font(Font.PLAIN, ChartLook.TICK_SIZE);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        pg.dispose();
        int widest = labels.stream().mapToInt(fm::stringWidth).max().orElse(0), gutter = widest + 10;
        BufferedImage out = new BufferedImage(gutter + grid.getWidth(), grid.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(grid, gutter, 0, null);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(Palette.TEXT);
        int rows = labels.size(), pad = style.padding(), cell = (grid.getHeight() - (rows + 1) * pad) / rows;
        for (int r = 0; r < rows; r++) {
            int mid = pad + r * (cell + pad) + cell / 2;
            g.drawString(labels.get(r), gutter - 6 - fm.stringWidth(labels.get(r)), mid + fm.getAscent() / 2 - 1);
        }
        g.dispose();
        return out;
    }

    /** Panels in a row on white, each with its caption centred above it. */
    public static BufferedImage sideBySide(List<Panel> panels) {
        if (panels.isEmpty()) throw new IllegalArgumentException("ImageGrid.sideBySide: no panels");
        Headless.ensure();
        Font font = Palette.font(Font.BOLD, CAPTION_SIZE);
        int captionHeight = CAPTION_SIZE + 6;
        int width = 2 * PANEL_MARGIN - PANEL_GAP, tallest = 0;
        for (Panel p : panels) {
            width += p.image().getWidth() + PANEL_GAP;
            tallest = Math.max(tallest, p.image().getHeight());
        }
        int top = PANEL_MARGIN + captionHeight + CAPTION_GAP;
        BufferedImage out = new BufferedImage(width, top + tallest + PANEL_MARGIN, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(Palette.TEXT);
        FontMetrics fm = g.getFontMetrics();
        int x = PANEL_MARGIN;
        for (Panel p : panels) {
            String caption = p.caption() == null ? "" : p.caption();
            g.drawString(caption, x + (p.image().getWidth() - fm.stringWidth(caption)) / 2, PANEL_MARGIN + fm.getAscent());
            g.drawImage(p.image(), x, top, null);
            x += p.image().getWidth() + PANEL_GAP;
        }
        g.dispose();
        return out;
    }

    /** One PNG per image, at its own size, {@code image-00000.png} onwards in {@code dir} (created if missing). */
    public static void writeEach(Tensor images, Path dir) throws IOException {
        Files.createDirectories(dir);
        Images im = Images.of(images);
        GridStyle plain = new GridStyle(0, 1, GridStyle.DEFAULT.paddingColour());
        int digits = Math.max(5, Integer.toString(im.count() - 1).length());
        for (int k = 0; k < im.count(); k++) {
            BufferedImage one = new BufferedImage(im.width(), im.height(), BufferedImage.TYPE_INT_RGB);
            paintCell(one, im, k, 0, 0, plain.scale());
            Png.write(one, dir.resolve(String.format("image-%0" + digits + "d.png", k)));
        }
    }

    public static void writePng(BufferedImage image, Path target) {
        Png.write(image, target);
    }

    /** Grey level 0..255 of a value in [-1, 1]. */
    static int level(float v) {
        return Math.round((Math.clamp(v, -1f, 1f) + 1f) * 127.5f);
    }

    private static void paintCell(BufferedImage out, Images im, int k, int x0, int y0, int scale) {
        for (int y = 0; y < im.height(); y++) {
            for (int x = 0; x < im.width(); x++) {
                int rgb = im.rgb(k, x, y);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) out.setRGB(x0 + x * scale + dx, y0 + y * scale + dy, rgb);
                }
            }
        }
    }

    /** A view of the tensor as n images of channels x height x width. */
    private record Images(float[] data, int count, int channels, int height, int width) {
        static Images of(Tensor t) {
            int[] s = t.shape();
            if (s.length == 4 && (s[1] == 1 || s[1] == 3)) return new Images(t.data(), s[0], s[1], s[2], s[3]);
            if (s.length == 3) return new Images(t.data(), s[0], 1, s[1], s[2]);
            if (s.length == 2) {
                int side = (int) Math.round(Math.sqrt(s[1]));
                if (side * side == s[1]) return new Images(t.data(), s[0], 1, side, side);
            }
            throw new ShapeException("ImageGrid: images must be [n,1,H,W], [n,3,H,W], [n,H,W] or [n,H*W] with square H*W, got "
                    + Shape.str(s));
        }

        int rgb(int k, int x, int y) {
            int plane = height * width, base = k * channels * plane + y * width + x;
            if (channels == 1) {
                float v = data[base];
                if (!Float.isFinite(v)) return BROKEN;
                int l = level(v);
                return l << 16 | l << 8 | l;
            }
            float r = data[base], g = data[base + plane], b = data[base + 2 * plane];
            if (!Float.isFinite(r) || !Float.isFinite(g) || !Float.isFinite(b)) return BROKEN;
            return level(r) << 16 | level(g) << 8 | level(b);
        }
    }
}

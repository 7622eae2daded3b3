package io.gan4j.viz;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reduces an RGB image to at most 256 colours for GIF: median cut over a 5-bit-per-channel
 * histogram, each palette entry the population-weighted mean of its box, pixels mapped to the
 * nearest entry. No dithering: the frames are flat-coloured charts, where dither would only add
 * speckle. An image with at most 256 colours that differ in their top five bits keeps them exactly.
 */
final class MedianCut {
    static final int MAX_COLOURS = 256;
    private static final int BINS = 1 << 15;

    private MedianCut() {}

    static BufferedImage toIndexed(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        Histogram hist = Histogram.of(rgb);
        int[] palette = palette(hist);
        IndexColorModel model = colourModel(palette);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] indices = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] nearestOfBin = new int[BINS];
        Arrays.fill(nearestOfBin, -1);
        for (int p = 0; p < rgb.length; p++) {
            int bin = bin(rgb[p]);
            if (nearestOfBin[bin] < 0) nearestOfBin[bin] = nearest(palette, hist.mean(bin));
            indices[p] = (byte) nearestOfBin[bin];
        }
        return out;
    }

    static int[] palette(Histogram hist) {
        List<Box> boxes = new ArrayList<>();
        boxes.add(Box.around(hist, hist.occupiedBins()));
        while (boxes.size() < MAX_COLOURS) {
            Box widest = null;
            for (Box b : boxes) if (b.splittable() && (widest == null || b.priority() > widest.priority())) widest = b;
            if (widest == null) break;
            boxes.remove(widest);
            boxes.addAll(widest.split(hist));
        }
        int[] palette = new int[boxes.size()];
        for (int i = 0; i < palette.length; i++) palette[i] = boxes.get(i).meanColour(hist);
        return palette;
    }

    private static IndexColorModel colourModel(int[] palette) {
        int n = palette.length;
        byte[] r = new byte[n], g = new byte[n], b = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        return new IndexColorModel(8, n, r, g, b);
    }

    private static int nearest(int[] palette, int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long d = distance(palette[i], rgb);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static long distance(int a, int b) {
        int dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF), dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF), db = (a & 0xFF) - (b & 0xFF);
        return (long) dr * dr + (long) dg * dg + (long) db * db;
    }

    static int bin(int rgb) {
        return (rgb >> 19 & 0x1F) << 10 | (rgb >> 11 & 0x1F) << 5 | (rgb >> 3 & 0x1F);
    }

    static int channel(int bin, int c) {
        return bin >> (10 - 5 * c) & 0x1F;
    }

    /** Pixel counts and colour sums per 5-bit bin. */
    record Histogram(long[] count, long[] sumR, long[] sumG, long[] sumB) {
        static Histogram of(int[] rgb) {
            Histogram h = new Histogram(new long[BINS], new long[BINS], new long[BINS], new long[BINS]);
            for (int p : rgb) {
                int bin = bin(p);
                h.count[bin]++;
                h.sumR[bin] += p >> 16 & 0xFF;
                h.sumG[bin] += p >> 8 & 0xFF;
                h.sumB[bin] += p & 0xFF;
            }
            return h;
        }

        int[] occupiedBins() {
            int n = 0;
            for (long c : count) if (c > 0) n++;
            int[] bins = new int[n];
            for (int b = 0, k = 0; b < BINS; b++) if (count[b] > 0) bins[k++] = b;
            return bins;
        }

        int mean(int bin) {
            long n = count[bin];
            if (n == 0) return centre(bin);
            return (int) ((sumR[bin] + n / 2) / n) << 16 | (int) ((sumG[bin] + n / 2) / n) << 8 | (int) ((sumB[bin] + n / 2) / n);
        }

        private static int centre(int bin) {
            return (channel(bin, 0) << 3 | 4) << 16 | (channel(bin, 1) << 3 | 4) << 8 | (channel(bin, 2) << 3 | 4);
        }
    }

    /** A set of occupied bins, split at the population median along its longest channel. */
    record Box(int[] bins, long population, int longestChannel, int range) {
        static Box around(Histogram h, int[] bins) {
            long pop = 0;
            int[] lo = {31, 31, 31}, hi = {0, 0, 0};
            for (int b : bins) {
                pop += h.count()[b];
                for (int c = 0; c < 3; c++) {
                    lo[c] = Math.min(lo[c], channel(b, c));
                    hi[c] = Math.max(hi[c], channel(b, c));
                }
            }
            int longest = 0;
            for (int c = 1; c < 3; c++) if (hi[c] - lo[c] > hi[longest] - lo[longest]) longest = c;
            return new Box(bins, pop, longest, hi[longest] - lo[longest]);
        }

        boolean splittable() {
            return bins.length > 1;
        }

        /** Big, spread-out boxes first; the log keeps one huge flat area from taking every split. */
        double priority() {
            return (range + 1) * Math.log1p(population);
        }

        List<Box> split(Histogram h) {
            int c = longestChannel;
            Integer[] order = new Integer[bins.length];
            for (int i = 0; i < bins.length; i++) order[i] = bins[i];
            Arrays.sort(order, (a, b) -> Integer.compare(channel(a, c), channel(b, c)));
            long half = population / 2, seen = 0;
            int cut = 1;
            for (int i = 0; i < order.length - 1; i++) {
                seen += h.count()[order[i]];
                cut = i + 1;
                if (seen >= half) break;
            }
            int[] left = new int[cut], right = new int[order.length - cut];
            for (int i = 0; i < order.length; i++) {
                if (i < cut) left[i] = order[i];
                else right[i - cut] = order[i];
            }
            return List.of(around(h, left), around(h, right));
        }

        int meanColour(Histogram h) {
            long n = 0, r = 0, g = 0, b = 0;
            for (int bin : bins) {
                n += h.count()[bin];
                r += h.sumR()[bin];
                g += h.sumG()[bin];
                b += h.sumB()[bin];
            }
            return (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
        }
    }
}

package io.gan4j.viz;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small helpers for looking at rendered pictures in tests. */
final class Pixels {
    private Pixels() {}

    static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) throw new IOException("not an image: " + file);
        return image;
    }

    static Color at(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y) & 0xFFFFFF);
    }

    /** Largest per-channel difference. */
    static int distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    static int distance(Color a, int rgb) {
        return distance(a, new Color(rgb & 0xFFFFFF));
    }

    /** A colour drawn with the given opacity over white. */
    static Color overWhite(Color c, double opacity) {
        return new Color(blend(c.getRed(), opacity), blend(c.getGreen(), opacity), blend(c.getBlue(), opacity));
    }

    private static int blend(int channel, double opacity) {
        return (int) Math.round(channel * opacity + 255 * (1 - opacity));
    }

    static int count(BufferedImage image, Color target, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if (distance(at(image, x, y), target) <= tolerance) n++;
        }
        return n;
    }
}

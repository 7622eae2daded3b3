package io.gan4j.viz;

/**
 * Size and drawing choices for {@link ScatterFrame}; {@link #DEFAULT} holds every default.
 *
 * @param width picture width in pixels, colour bar included
 * @param height picture height in pixels
 * @param markerSize point diameter in pixels
 * @param pointAlpha point opacity 0..255, below 255 so dense clouds show their density
 * @param mapOpacity opacity of the decision map over the white background, 0..1
 */
public record ScatterStyle(int width, int height, int markerSize, int pointAlpha, float mapOpacity) {
    public static final ScatterStyle DEFAULT = new ScatterStyle(640, 560, 7, 220, 0.45f);

    public ScatterStyle {
        if (width < 200 || height < 200) throw new IllegalArgumentException("ScatterStyle: " + width + "x" + height + " is too small (min 200x200)");
        if (markerSize < 1) throw new IllegalArgumentException("ScatterStyle: markerSize " + markerSize + " must be positive");
        if (pointAlpha < 0 || pointAlpha > 255) throw new IllegalArgumentException("ScatterStyle: pointAlpha " + pointAlpha + " outside 0..255");
        if (!(mapOpacity >= 0f && mapOpacity <= 1f)) throw new IllegalArgumentException("ScatterStyle: mapOpacity " + mapOpacity + " outside 0..1");
    }
}

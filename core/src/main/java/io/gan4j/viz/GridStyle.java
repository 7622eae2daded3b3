package io.gan4j.viz;

import java.awt.Color;

/**
 * Layout of an {@link ImageGrid}; {@link #DEFAULT} holds every default.
 *
 * @param padding pixels between cells and around the grid, after scaling
 * @param scale integer upscaling factor, nearest neighbour
 * @param paddingColour colour of the gaps and of unused cells
 */
public record GridStyle(int padding, int scale, Color paddingColour) {
    public static final GridStyle DEFAULT = new GridStyle(2, 3, new Color(0x9A9A9A));

    public GridStyle {
        if (padding < 0) throw new IllegalArgumentException("GridStyle: padding " + padding + " must be >= 0");
        if (scale < 1) throw new IllegalArgumentException("GridStyle: scale " + scale + " must be >= 1");
        if (paddingColour == null) throw new IllegalArgumentException("GridStyle: paddingColour is required");
    }

    public GridStyle withScale(int newScale) {
        return new GridStyle(padding, newScale, paddingColour);
    }
}

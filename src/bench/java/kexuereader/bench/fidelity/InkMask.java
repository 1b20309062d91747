package kexuereader.bench.fidelity;

import java.awt.image.BufferedImage;

/**
 * The ink of a rasterised formula: which pixels are covered (alpha at least one half), its bounding box, and the
 * row of the baseline.
 */
final class InkMask {

    final int width;
    final int height;
    final boolean[] ink;
    final int baselineRow;
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;

    InkMask(BufferedImage image, int baselineRow) {
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.baselineRow = baselineRow;
        this.ink = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((image.getRGB(x, y) >>> 24) >= 128) {
                    ink[y * width + x] = true;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
    }

    boolean empty() {
        return maxX < 0;
    }

    int inkWidth() {
        return maxX - minX + 1;
    }

    int inkHeight() {
        return maxY - minY + 1;
    }

    /** How far the ink reaches below the baseline, in pixels (negative when it stays above). */
    int inkDepth() {
        return maxY + 1 - baselineRow;
    }

    /** The ink inside its box, resampled (nearest pixel) to {@code w × h}. */
    boolean[] boxScaledTo(int w, int h) {
        boolean[] out = new boolean[w * h];
        int iw = inkWidth();
        int ih = inkHeight();
        for (int y = 0; y < h; y++) {
            int sy = minY + Math.min(ih - 1, (int) ((y + 0.5) * ih / h));
            for (int x = 0; x < w; x++) {
                int sx = minX + Math.min(iw - 1, (int) ((x + 0.5) * iw / w));
                out[y * w + x] = ink[sy * width + sx];
            }
        }
        return out;
    }

    /** {@code grid} grown by a disc of radius {@code r} pixels. */
    static boolean[] dilate(boolean[] grid, int w, int h, int r) {
        boolean[] out = new boolean[grid.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!grid[y * w + x]) {
                    continue;
                }
                for (int dy = -r; dy <= r; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) {
                        continue;
                    }
                    for (int dx = -r; dx <= r; dx++) {
                        int xx = x + dx;
                        if (xx >= 0 && xx < w && dx * dx + dy * dy <= r * r) {
                            out[yy * w + xx] = true;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The coverage F-score of {@code ours} against {@code theirs}: ours scaled onto their ink box, each dilated by
     * {@code r} pixels; precision is the share of our ink near theirs, recall the share of theirs near ours.
     */
    static double fScore(InkMask ours, InkMask theirs, int r) {
        int w = theirs.inkWidth();
        int h = theirs.inkHeight();
        boolean[] o = ours.boxScaledTo(w, h);
        boolean[] t = theirs.boxScaledTo(w, h);
        boolean[] od = dilate(o, w, h, r);
        boolean[] td = dilate(t, w, h, r);
        long oInk = 0;
        long tInk = 0;
        long oNear = 0;
        long tNear = 0;
        for (int i = 0; i < o.length; i++) {
            if (o[i]) {
                oInk++;
                if (td[i]) {
                    oNear++;
                }
            }
            if (t[i]) {
                tInk++;
                if (od[i]) {
                    tNear++;
                }
            }
        }
        double p = oInk == 0 ? 0 : (double) oNear / oInk;
        double q = tInk == 0 ? 0 : (double) tNear / tInk;
        return p + q == 0 ? 0 : 2 * p * q / (p + q);
    }
}

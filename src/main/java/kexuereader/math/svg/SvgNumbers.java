package kexuereader.math.svg;

/** Fast, locale-free number formatting for SVG attributes (no {@code String.format} on the hot path). */
final class SvgNumbers {

    private SvgNumbers() {
    }

    /** Appends {@code v} rounded to {@code decimals} places (0–6), without trailing zeros. */
    static StringBuilder append(StringBuilder out, double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return out.append('0');
        }
        long scale = POWERS[decimals];
        long t = Math.round(v * scale);
        if (t < 0) {
            out.append('-');
            t = -t;
        }
        out.append(t / scale);
        long frac = t % scale;
        if (frac != 0) {
            out.append('.');
            long digit = scale / 10;
            while (frac != 0 && digit > 0) {
                out.append((char) ('0' + frac / digit));
                frac %= digit;
                digit /= 10;
            }
        }
        return out;
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
}

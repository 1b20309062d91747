package kexuereader.math.tex;

/**
 * Heights and depths of MathJax 3's TeX font glyphs (mathjax-full 3.2.2, {@code common/fonts/tex/normal.js}), em:
 * the math italic and bold italic letters and the digits. MathJax's boxes are its glyphs' outlines, overshoot
 * included ({@code x} 0.442 + 0.011, digits 0.666), where TeX's (cmmi10, cmr10) are the design sizes (0.431 + 0,
 * 0.644); MathJax sizes delimiters, radicals and scripts by these boxes.
 */
public final class MathJaxHeights {

    // A–Z then a–z, {height, depth} each; h has no math italic glyph of its own (Planck's ℎ): NaN
    private static final float[] ITALIC = {0.716f, 0f, 0.683f, 0f, 0.705f, 0.022f, 0.683f, 0f, 0.68f, 0f, 0.68f, 0f,
        0.705f, 0.022f, 0.683f, 0f, 0.683f, 0f, 0.683f, 0.022f, 0.683f, 0f, 0.683f, 0f, 0.683f, 0f, 0.683f, 0f, 0.704f,
        0.022f, 0.683f, 0f, 0.704f, 0.194f, 0.683f, 0.021f, 0.705f, 0.022f, 0.677f, 0f, 0.683f, 0.022f, 0.683f, 0.022f,
        0.683f, 0.022f, 0.683f, 0f, 0.683f, 0f, 0.683f, 0f, 0.441f, 0.01f, 0.694f, 0.011f, 0.442f, 0.011f, 0.694f, 0.01f,
        0.442f, 0.011f, 0.705f, 0.205f, 0.442f, 0.205f, Float.NaN, Float.NaN, 0.661f, 0.011f, 0.661f, 0.204f, 0.694f,
        0.011f, 0.694f, 0.011f, 0.442f, 0.011f, 0.442f, 0.011f, 0.441f, 0.011f, 0.442f, 0.194f, 0.442f, 0.194f, 0.442f,
        0.011f, 0.442f, 0.01f, 0.626f, 0.011f, 0.442f, 0.011f, 0.443f, 0.011f, 0.443f, 0.011f, 0.442f, 0.011f, 0.442f,
        0.205f, 0.442f, 0.011f};
    private static final float[] BOLD_ITALIC = {0.711f, 0f, 0.686f, 0f, 0.703f, 0.017f, 0.686f, 0f, 0.68f, 0f, 0.68f,
        0f, 0.703f, 0.016f, 0.686f, 0f, 0.686f, 0f, 0.686f, 0.017f, 0.686f, 0f, 0.686f, 0f, 0.686f, 0f, 0.686f, 0f,
        0.703f, 0.017f, 0.686f, 0f, 0.703f, 0.194f, 0.686f, 0.017f, 0.703f, 0.017f, 0.675f, 0f, 0.686f, 0.016f, 0.686f,
        0.016f, 0.686f, 0.017f, 0.686f, 0f, 0.686f, 0f, 0.686f, 0f, 0.452f, 0.008f, 0.694f, 0.008f, 0.451f, 0.008f,
        0.694f, 0.008f, 0.452f, 0.008f, 0.701f, 0.201f, 0.452f, 0.202f, 0.694f, 0.008f, 0.694f, 0.008f, 0.694f, 0.202f,
        0.694f, 0.008f, 0.694f, 0.008f, 0.452f, 0.008f, 0.452f, 0.008f, 0.452f, 0.008f, 0.452f, 0.194f, 0.452f, 0.194f,
        0.452f, 0.008f, 0.451f, 0.008f, 0.643f, 0.007f, 0.452f, 0.008f, 0.453f, 0.008f, 0.453f, 0.008f, 0.452f, 0.008f,
        0.452f, 0.202f, 0.452f, 0.008f};
    // 0–9
    private static final float[] DIGITS = {0.666f, 0.022f, 0.666f, 0f, 0.666f, 0f, 0.665f, 0.022f, 0.677f, 0f, 0.666f,
        0.022f, 0.666f, 0.022f, 0.676f, 0.022f, 0.666f, 0.022f, 0.666f, 0.022f};

    private MathJaxHeights() {
    }

    /** {height, depth} of a Latin letter in math italic or bold italic, or {@code null} (not a letter, or no glyph). */
    public static float[] latin(char letter, boolean bold) {
        int x = letter >= 'A' && letter <= 'Z' ? letter - 'A' : letter >= 'a' && letter <= 'z' ? 26 + letter - 'a' : -1;
        float[] table = bold ? BOLD_ITALIC : ITALIC;
        return x < 0 || Float.isNaN(table[2 * x]) ? null : new float[] {table[2 * x], table[2 * x + 1]};
    }

    /** {height, depth} of a digit (upright), or {@code null}. */
    public static float[] digit(char digit) {
        int x = digit - '0';
        return x < 0 || x > 9 ? null : new float[] {DIGITS[2 * x], DIGITS[2 * x + 1]};
    }
}

package kexuereader.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for the terminal: control characters of the data (ESC, BEL, backspace, carriage return, C1 codes)
 * are shown as their Unicode pictures ({@code ␛}, {@code ␇} …) instead of reaching the terminal, where an article's
 * {@code ESC [2J} would clear the screen and an OSC 52 sequence would write the clipboard. Line breaks and tabs pass.
 */
final class VisibleControls extends FilterWriter {

    VisibleControls(Writer out) {
        super(out);
    }

    /** The character as the terminal may receive it. */
    static char visible(char c) {
        if (c < 0x20) {
            return c == '\n' || c == '\t' ? c : (char) (0x2400 + c);
        }
        if (c == 0x7f) {
            return '\u2421';
        }
        return c >= 0x80 && c <= 0x9f ? '\ufffd' : c;
    }

    /** The text as the terminal may receive it. */
    static String visible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char v = visible(c);
            if (v != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(v);
            }
        }
        return b == null ? s : b.toString();
    }

    @Override
    public void write(int c) throws IOException {
        out.write(visible((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        char[] copy = new char[len];
        for (int i = 0; i < len; i++) {
            copy[i] = visible(buf[off + i]);
        }
        out.write(copy, 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        out.write(visible(s.substring(off, off + len)));
    }
}

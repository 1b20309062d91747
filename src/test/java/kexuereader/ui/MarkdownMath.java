package kexuereader.ui;

import java.util.ArrayList;
import java.util.List;

/** Reads the math back out of exported Markdown: {@code $$…$$} blocks and {@code $…$} spans, escapes honoured. */
final class MarkdownMath {

    private MarkdownMath() {
    }

    static List<String> spans(String md) {
        List<String> spans = new ArrayList<>();
        int i = 0;
        while (i < md.length()) {
            char c = md.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '$') {
                boolean display = md.startsWith("$$", i);
                String close = display ? "$$" : "$";
                int from = i + close.length();
                int end = md.indexOf(close, from);
                if (end < 0) {
                    break;
                }
                spans.add(display ? md.substring(from, end).strip() : md.substring(from, end));
                i = end + close.length();
                continue;
            }
            i++;
        }
        return spans;
    }
}

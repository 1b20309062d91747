package kexuereader.library;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Diagnostic;
import kexuereader.model.Notice;

/**
 * The parser's diagnostics of an imported dump as the {@code source.notes} column keeps them: one per line,
 * {@code SEVERITY<tab>line<tab>@key<tab>arg…}, backslashes, tabs and line breaks escaped, so a note reads back
 * as the same record and the window can say it in its language. A line of an older library,
 * {@code SEVERITY<tab>line<tab>message}, reads back as a {@linkplain Notice#plain plain} notice.
 */
final class SourceNotes {

    private SourceNotes() {
    }

    static String encode(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(d.severity().name()).append('\t').append(d.line()).append("\t@").append(d.notice().key());
            for (String arg : d.notice().args()) {
                sb.append('\t');
                escape(arg, sb);
            }
        }
        return sb.toString();
    }

    static List<Diagnostic> decode(String notes) {
        List<Diagnostic> list = new ArrayList<>();
        if (notes.isEmpty()) {
            return list;
        }
        for (String line : notes.split("\n", -1)) {
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            String rest = line.substring(b + 1);
            Notice notice;
            if (rest.startsWith("@")) {
                String[] fields = rest.substring(1).split("\t", -1);
                List<String> args = new ArrayList<>(fields.length - 1);
                for (int i = 1; i < fields.length; i++) {
                    args.add(unescape(fields[i]));
                }
                notice = new Notice(fields[0], args);
            } else {
                notice = Notice.plain(unescape(rest));
            }
            list.add(new Diagnostic(Diagnostic.Severity.valueOf(line.substring(0, a)),
                    Integer.parseInt(line.substring(a + 1, b)), notice));
        }
        return list;
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

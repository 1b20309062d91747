package kexuereader.library;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Diagnostic;

/**
 * The parser's diagnostics of an imported dump as the {@code source.notes} column keeps them: one per line,
 * {@code SEVERITY<tab>line<tab>message}, the message's backslashes and line breaks escaped. Unlike the
 * {@code diagnostics} column (their text for people), they read back as the same records.
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
            sb.append(d.severity().name()).append('\t').append(d.line()).append('\t');
            String m = d.message();
            for (int i = 0; i < m.length(); i++) {
                char c = m.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
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
            String m = line.substring(b + 1);
            StringBuilder message = new StringBuilder(m.length());
            for (int i = 0; i < m.length(); i++) {
                char c = m.charAt(i);
                if (c == '\\' && i + 1 < m.length()) {
                    char n = m.charAt(++i);
                    message.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    message.append(c);
                }
            }
            list.add(new Diagnostic(Diagnostic.Severity.valueOf(line.substring(0, a)),
                    Integer.parseInt(line.substring(a + 1, b)), message.toString()));
        }
        return list;
    }
}

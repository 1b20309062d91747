package kexuereader.cli;

import java.util.Map;
import kexuereader.model.Article;

/** The export's keys for article pages and the index, and text that YAML always writes as a plain string. */
final class ExportText {

    private ExportText() {
    }

    /** {@code blog_id}, {@code url}, {@code categories}, {@code tags}, {@code comments}, {@code content}. */
    static void putPostKeys(Map<String, Object> m, Article a) {
        m.put("blog_id", a.post().blogId());
        m.put("url", a.post().url());
        m.put("categories", a.post().categories());
        m.put("tags", a.post().tags());
        m.put("comments", a.post().comments());
        m.put("content", a.content().word());
    }

    /**
     * The text without control characters (line breaks and tabs kept): SnakeYAML writes a string holding one as
     * {@code !!binary}, which no reader of the export expects.
     */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                StringBuilder sb = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (!isControl(c)) {
                        sb.append(c);
                    }
                }
                return sb.toString();
            }
        }
        return text;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\ufffe' || c == '\uffff' || c == '\ufeff';
    }
}

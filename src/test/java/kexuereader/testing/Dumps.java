package kexuereader.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kexuereader.ingest.DumpParser;
import kexuereader.model.Dump;

/** Builds small dumps in either format for tests, as a person would write them. */
public final class Dumps {

    private Dumps() {
    }

    /** A listing-page dump (format A). */
    public static Listing listing(String fileName) {
        return new Listing(fileName);
    }

    /** An archive-page dump (format B). */
    public static Archive archive(String fileName) {
        return new Archive(fileName);
    }

    public static final class Listing {
        private final String fileName;
        private final List<String> lines = new ArrayList<>();

        Listing(String fileName) {
            this.fileName = fileName;
        }

        /** An entry: title, {@code yyyy-mm-dd}, reader count, paragraphs (the first glued to 引用). */
        public Listing entry(String title, String date, int readers, String... paragraphs) {
            lines.add(title);
            lines.add("By 苏剑林 | " + date + " | " + readers + "位读者 | 引用" + paragraphs[0]);
            for (int i = 1; i < paragraphs.length; i++) {
                lines.add(paragraphs[i]);
            }
            return this;
        }

        public String text() {
            return String.join("\n", lines) + "\n最近评论\n";
        }

        public Dump dump() {
            return DumpParser.parse(fileName, text().getBytes(StandardCharsets.UTF_8));
        }
    }

    public static final class Archive {
        private final String fileName;
        private final List<String> lines = new ArrayList<>();

        Archive(String fileName) {
            this.fileName = fileName;
        }

        /** A block: {@code 28 Feb} label, an optional title (null for none), paragraphs. */
        public Archive entry(String label, String title, String... paragraphs) {
            lines.add(label);
            lines.add("");
            if (title != null) {
                lines.add(title);
                lines.add("");
            }
            for (String p : paragraphs) {
                lines.add(p);
                lines.add("");
            }
            lines.add("点击阅读全文...");
            lines.add("");
            return this;
        }

        public String text() {
            return String.join("\n", lines);
        }

        public Dump dump() {
            return DumpParser.parse(fileName, text().getBytes(StandardCharsets.UTF_8));
        }
    }
}

package kexuereader.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file's name as its bytes say in UTF-8, whatever the locale. Under {@code LANG=C} the JDK 17 decodes file
 * names as ASCII ({@code sun.jnu.encoding}, fixed at start-up from the locale; {@code -D} cannot change it), so
 * {@code 科学空间.txt} comes out as U+FFFD and would be stored so forever. A path's URI keeps its raw bytes,
 * percent-escaped: they are decoded here instead.
 */
public final class FileNames {

    private static final boolean PLATFORM_UTF8 = isUtf8(System.getProperty("sun.jnu.encoding"));

    private FileNames() {
    }

    /** The last element's name, decoded as UTF-8 from its bytes; the whole path when it has no name. */
    public static String of(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return path.toString();
        }
        if (PLATFORM_UTF8 || !path.getFileSystem().equals(java.nio.file.FileSystems.getDefault())) {
            return name.toString();
        }
        String raw = path.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/") && raw.length() > 1) {
            raw = raw.substring(0, raw.length() - 1); // a folder's URI ends with a slash
        }
        return percentDecoded(raw.substring(raw.lastIndexOf('/') + 1));
    }

    /** Whether file names are decoded as UTF-8 by the platform (false under {@code LANG=C}). */
    public static boolean platformIsUtf8() {
        return PLATFORM_UTF8;
    }

    static String percentDecoded(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isUtf8(String charset) {
        try {
            return charset == null || Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package kexuereader.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kexuereader.library.SafeFileWriter;

/**
 * The page of the article the next start opens, as the window built it when it closed ({@code <library>.start-page}):
 * the next start shows it in the first frame's reading pane as soon as the WebView is made, without waiting for
 * the library, the article's parse and the formula engine's cold start. It belongs to one start snapshot (its
 * key), so it holds only while the library and the build are as they were. The window still builds the page
 * from the library, and shows that one instead should it differ.
 *
 * @param key       the start snapshot it was written with ({@link StartSnapshot#key})
 * @param articleId the article it is the page of: the start view's opening
 * @param position  where the reader was in it, as the page opens there; null: at the top
 * @param html      the page, its first formulas drawn, as {@link ReaderPages} built it
 */
record StartPage(long key, String articleId, String position, String html) {

    private static final String HEADER = "kexue-reader start page 1";
    /** A page with its first screen's formulas is a few hundred kilobytes at most: anything far bigger is not one. */
    private static final long MAX_BYTES = 32L << 20;

    /** The page's file for the library at {@code library}. */
    static Path file(Path library) {
        Path absolute = library.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".start-page");
    }

    /** A page's script nonce, new with every build of it (ArticlePage): the one thing two builds differ in. */
    private static final java.util.regex.Pattern NONCE = java.util.regex.Pattern.compile("'nonce-([0-9a-f]+)'");

    /** Whether {@code other}, a page built since, is this page but for its script nonce. */
    boolean samePage(String other) {
        return withoutNonce(html).equals(withoutNonce(other));
    }

    private static String withoutNonce(String page) {
        java.util.regex.Matcher m = NONCE.matcher(page);
        return m.find() ? page.replace(m.group(1), "") : page;
    }

    /** Writes the page beside the library; a page that cannot be written is removed. */
    void write(Path library) {
        String text = HEADER + '\n' + key + '\n' + StartSnapshot.escape(articleId) + '\n'
                + (position == null ? "-" : "=" + StartSnapshot.escape(position)) + '\n' + html;
        try {
            SafeFileWriter.write(file(library), library, text);
        } catch (IOException | RuntimeException e) {
            remove(library);
        }
    }

    /** The page beside {@code library}, when there is a whole one; empty otherwise. */
    static Optional<StartPage> read(Path library) {
        Path file = file(library);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] head = text.split("\n", 5);
            if (head.length < 5 || !head[0].equals(HEADER) || head[2].isEmpty()
                    || !(head[3].equals("-") || head[3].startsWith("="))) {
                return Optional.empty();
            }
            String position = head[3].equals("-") ? null : StartSnapshot.unescape(head[3].substring(1));
            return Optional.of(new StartPage(Long.parseLong(head[1]), StartSnapshot.unescape(head[2]), position,
                    head[4]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged page is no page: the start builds it from the library
        }
    }

    /** Removes the page: the next start builds its first article from the library. */
    static void remove(Path library) {
        StartSnapshot.delete(file(library)); // one left behind is checked by its key all the same
    }
}

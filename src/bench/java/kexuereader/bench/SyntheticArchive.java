package kexuereader.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import kexuereader.model.DumpFormat;

/**
 * A deterministic synthetic archive of kexue.fm made from the seeds' real text, for the benchmarks: the same
 * size and seed always give byte-identical files.
 *
 * <p>Each generated article has a date between 2000 and 2025, a unique title (a seed topic and a code; about a
 * third are numbered parts of a series, in both of the blog's numbering styles) and a body of seed paragraphs
 * whose first one is prefixed by a unique sentence, so no two articles start alike. The dumps show them as
 * real dumps do, overlapping:
 * <ul>
 *   <li>listing pages (format A) of a first snapshot, 10–20 entries a page, showing every article except
 *       about one in twenty;</li>
 *   <li>listing pages of a later snapshot showing one article in three again with more readers, one in ten of
 *       those under a renamed title ({@code X} became {@code X(上)});</li>
 *   <li>archive pages (format B, yearless dates descending across year boundaries, 10–20 blocks a page) showing
 *       half of the articles, a third of the blocks without a title, with shorter excerpts; the articles left
 *       out of the listings are only here, their years fixed by the anchors around them.</li>
 * </ul>
 * Files come in a shuffled order under names like the seeds' ({@code 00042_9f3c…txt}); a fifth use CRLF, a
 * seventh start with a BOM, a tenth are in GB18030. Importing them all gives exactly {@link #articleCount()}
 * articles. Month-day blocks hold about {@code articles / 366} articles each, whatever the year span.
 */
public final class SyntheticArchive {

    /** The seed of the archives the benchmarks use. */
    public static final long DEFAULT_SEED = 20_240_417L;

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2025;
    private static final String[] SERIES_ENDINGS = {"漫谈", "之路", "环游记", "随笔", "浅谈", "杂记", "笔记"};

    /** One generated dump file. */
    public record DumpFile(String name, DumpFormat format, int entries, byte[] bytes) {
    }

    /** A generated article, as the dumps show it. */
    record Article(int index, LocalDate date, String title, List<String> paragraphs, int readers,
                   boolean archiveOnly) {
    }

    private final int articleCount;
    private final List<Article> articles;
    private final List<DumpFile> files;

    private SyntheticArchive(int articleCount, List<Article> articles, List<DumpFile> files) {
        this.articleCount = articleCount;
        this.articles = articles;
        this.files = files;
    }

    /** Generates an archive of {@code articles} distinct articles from the seeds packaged with the application. */
    public static SyntheticArchive generate(int articles, long seed) {
        return generate(SeedCorpus.load(), articles, seed);
    }

    static SyntheticArchive generate(SeedCorpus corpus, int count, long seed) {
        if (count < 1 || count > 2_000_000) {
            throw new IllegalArgumentException("articles must be 1–2,000,000, not " + count);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Article> articles = new Articles(corpus, rng).make(count);
        List<DumpFile> files = new Writer(rng).write(articles);
        return new SyntheticArchive(count, List.copyOf(articles), List.copyOf(files));
    }

    /** How many distinct articles the files hold. */
    public int articleCount() {
        return articleCount;
    }

    /** The files, in the shuffled order of their names. */
    public List<DumpFile> files() {
        return files;
    }

    List<Article> articles() {
        return articles;
    }

    /** Total size of the files in bytes. */
    public long bytes() {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }

    /** Writes every file into {@code dir} (created when absent). */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (DumpFile f : files) {
            Files.write(dir.resolve(f.name()), f.bytes());
        }
    }

    // --- the articles ----------------------------------------------------------------------------------------

    /** Makes the articles: dates, titles with series, bodies. */
    private static final class Articles {
        private final SeedCorpus corpus;
        private final SplittableRandom rng;
        private final List<OpenSeries> open = new ArrayList<>();
        private int seriesMade;

        /** A series still taking parts. */
        private static final class OpenSeries {
            final String name;
            final boolean parenthesised;
            final int length;
            int next = 1;

            OpenSeries(String name, boolean parenthesised, int length) {
                this.name = name;
                this.parenthesised = parenthesised;
                this.length = length;
            }
        }

        Articles(SeedCorpus corpus, SplittableRandom rng) {
            this.corpus = corpus;
            this.rng = rng;
        }

        List<Article> make(int count) {
            long first = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
            long span = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - first + 1;
            long[] days = new long[count];
            for (int i = 0; i < count; i++) {
                days[i] = first + rng.nextLong(span);
            }
            java.util.Arrays.sort(days);
            List<Article> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String code = code(i, 0);
                String title = title(code);
                List<String> paragraphs = body(code);
                // older articles have been read more; now and then one is read by a million
                double age = 1.0 - (double) i / count;
                int readers = 800 + (int) (age * 60_000 * rng.nextDouble()) + rng.nextInt(4_000);
                if (rng.nextInt(500) == 0) {
                    readers = 1_000_000 + rng.nextInt(2_000_000);
                }
                list.add(new Article(i, LocalDate.ofEpochDay(days[i]), title, paragraphs, readers,
                        i % 20 == 7));
            }
            return list;
        }

        /** A code of three characters of the seeds' alphabet, unique per number; the first character varies most. */
        String code(int n, int offset) {
            String a = corpus.alphabet();
            int k = a.length();
            int v = n + offset;
            StringBuilder sb = new StringBuilder(3);
            for (int d = 0; d < 3; d++) {
                sb.append(a.charAt(v % k));
                v /= k;
            }
            return sb.toString();
        }

        String title(String code) {
            String topic = corpus.topics().get(rng.nextInt(corpus.topics().size()));
            if (rng.nextInt(3) != 0) {
                return topic + ":" + code;
            }
            if (open.isEmpty() || open.size() < 12 && rng.nextInt(4) == 0) {
                open.add(newSeries());
            }
            OpenSeries s = open.get(rng.nextInt(open.size()));
            int part = s.next++;
            if (s.next > s.length) {
                open.remove(s);
            }
            // the code keeps the title unique even when two series share a topic
            return s.parenthesised
                    ? s.name + "(" + chinese(part) + "):" + topic + code
                    : s.name + ":" + part + "、" + topic + code;
        }

        private OpenSeries newSeries() {
            int n = seriesMade++;
            String name = n < corpus.series().size() ? corpus.series().get(n)
                    : code(n, 7) + SERIES_ENDINGS[n % SERIES_ENDINGS.length];
            return new OpenSeries(name, rng.nextBoolean(), 3 + rng.nextInt(28));
        }

        List<String> body(String code) {
            List<String> p = new ArrayList<>();
            // the unique sentence: no two articles start alike, so none merge by their excerpts
            p.add(code + "的笔记。" + corpus.leads().get(rng.nextInt(corpus.leads().size())));
            int more = 1 + rng.nextInt(4);
            List<String> pool = corpus.paragraphs().isEmpty() ? corpus.leads() : corpus.paragraphs();
            for (int i = 0; i < more; i++) {
                p.add(pool.get(rng.nextInt(pool.size())));
            }
            return p;
        }
    }

    /** Chinese numerals up to 九十九, as the blog writes part numbers. */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }

    // --- the dumps -------------------------------------------------------------------------------------------

    /** Writes the articles into listing and archive pages, then shuffles and names the files. */
    private static final class Writer {
        private final SplittableRandom rng;

        Writer(SplittableRandom rng) {
            this.rng = rng;
        }

        private record Page(DumpFormat format, String text, int entries) {
        }

        List<DumpFile> write(List<Article> articles) {
            List<Page> pages = new ArrayList<>();
            // first snapshot: every article that is not archive-only, oldest first as the category pages are
            List<Article> first = articles.stream().filter(a -> !a.archiveOnly()).toList();
            for (List<Article> chunk : chunks(first)) {
                pages.add(listing(chunk, false));
            }
            // later snapshot: one in three again, read more, some renamed
            List<Article> later = first.stream().filter(a -> a.index() % 3 == 0).toList();
            for (List<Article> chunk : chunks(later)) {
                pages.add(listing(chunk, true));
            }
            // archive pages: newest first, half of the articles, years left to the anchors
            List<Article> archive = new ArrayList<>(articles.stream().filter(a -> a.index() % 2 == 1).toList());
            java.util.Collections.reverse(archive);
            for (List<Article> chunk : chunks(archive)) {
                pages.add(archive(chunk));
            }
            // the order a person saved them in is no order at all
            for (int i = pages.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Page t = pages.get(i);
                pages.set(i, pages.get(j));
                pages.set(j, t);
            }
            List<DumpFile> files = new ArrayList<>(pages.size());
            byte[] hash = new byte[8];
            for (int i = 0; i < pages.size(); i++) {
                Page p = pages.get(i);
                for (int b = 0; b < hash.length; b++) {
                    hash[b] = (byte) rng.nextInt(256);
                }
                String name = String.format(Locale.ROOT, "%05d_%s.txt", i, HexFormat.of().formatHex(hash));
                files.add(new DumpFile(name, p.format(), p.entries(), encode(p.text(), i)));
            }
            return files;
        }

        private List<List<Article>> chunks(List<Article> list) {
            List<List<Article>> chunks = new ArrayList<>();
            int i = 0;
            while (i < list.size()) {
                int n = 10 + rng.nextInt(11);
                chunks.add(list.subList(i, Math.min(list.size(), i + n)));
                i += n;
            }
            return chunks;
        }

        private Page listing(List<Article> chunk, boolean later) {
            StringBuilder sb = new StringBuilder(chunk.size() * 1600);
            for (Article a : chunk) {
                String title = a.title();
                int readers = a.readers();
                if (later) {
                    readers += 1 + rng.nextInt(5_000);
                    if (rng.nextInt(10) == 0) {
                        title = title + "(上)";
                    }
                }
                sb.append(title).append('\n');
                sb.append("By 苏剑林 | ").append(a.date()).append(" | ").append(readers).append("位读者 | 引用")
                        .append(a.paragraphs().get(0)).append('\n');
                for (int i = 1; i < a.paragraphs().size(); i++) {
                    sb.append(a.paragraphs().get(i)).append('\n');
                }
            }
            sb.append("最近评论\n");
            return new Page(DumpFormat.LISTING, sb.toString(), chunk.size());
        }

        private Page archive(List<Article> chunk) {
            StringBuilder sb = new StringBuilder(chunk.size() * 1200);
            for (Article a : chunk) {
                sb.append(label(a.date())).append("\n\n");
                if (a.archiveOnly() || rng.nextInt(3) != 0) {
                    sb.append(a.title()).append("\n\n");
                }
                // the archive page shows a shorter excerpt than the listing
                int shown = Math.max(1, a.paragraphs().size() - 1 - rng.nextInt(2));
                for (int i = 0; i < shown; i++) {
                    sb.append(a.paragraphs().get(i)).append("\n\n");
                }
                sb.append("点击阅读全文...\n\n");
            }
            return new Page(DumpFormat.ARCHIVE, sb.toString(), chunk.size());
        }

        private String label(LocalDate d) {
            String month = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return switch (rng.nextInt(20)) {
                case 0 -> d.getDayOfMonth() + month; // glued, as some dumps have it
                case 1 -> month + " " + d.getDayOfMonth();
                default -> String.format(Locale.ROOT, "%02d %s", d.getDayOfMonth(), month);
            };
        }

        private byte[] encode(String text, int fileIndex) {
            boolean crlf = fileIndex % 5 == 1;
            boolean bom = fileIndex % 7 == 2;
            boolean gb = fileIndex % 10 == 3;
            String t = crlf ? text.replace("\n", "\r\n") : text;
            Charset cs = gb ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            byte[] body = t.getBytes(cs);
            if (!bom || gb) {
                return body;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 3);
            out.write(0xEF);
            out.write(0xBB);
            out.write(0xBF);
            out.writeBytes(body);
            return out.toByteArray();
        }
    }
}

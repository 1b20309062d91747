package kexuereader.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article pages and an archive index as large as the real blog's, made from the five real captures bundled
 * with the benchmarks: each page is one of them under another post number, title and date; the index lists
 * every generated post by year and month as the blog's 归档 page does.
 */
final class SyntheticPages {

    static final List<String> SAMPLES = List.of("kexue-10040.md", "kexue-10162.md", "kexue-10352.md",
            "kexue-10055.txt", "kexue-9444.txt");
    private static final Pattern HEADER_DATE = Pattern.compile("(By\\s*苏剑林\\s*\\\\?\\|\\s*)(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CITATION_DATE = Pattern.compile("苏剑林\\. \\((\\w{3})\\. (\\d{2}), (\\d{4})\\)");
    private static final Pattern BIBTEX_TITLE = Pattern.compile("title=\\{([^}]*)\\}");
    private static final LocalDate FIRST = LocalDate.of(2009, 3, 1);

    /** One generated post: its number, title and date. */
    record Post(int id, String title, LocalDate date) {
    }

    private SyntheticPages() {
    }

    static String sample(String name) {
        try (InputStream in = SyntheticPages.class.getResourceAsStream("/kexuereader/bench/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bench resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code count} page captures into {@code dir}; returns the posts, oldest first. */
    static List<Post> writePages(Path dir, int count) throws IOException {
        List<String> samples = SAMPLES.stream().map(SyntheticPages::sample).toList();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = samples.get(i % samples.size());
            String name = SAMPLES.get(i % samples.size());
            int id = 100_000 + i;
            LocalDate date = FIRST.plusDays(i * 4L);
            Matcher t = BIBTEX_TITLE.matcher(text);
            String oldTitle = t.find() ? t.group(1) : "";
            String title = "合成" + i + "：" + oldTitle;
            String page = text.replace(oldTitle, title);
            int ownId = Integer.parseInt(name.replaceAll("\\D", ""));
            page = page.replace("archives/" + ownId, "archives/" + id).replace("kexuefm-" + ownId, "kexuefm-" + id);
            page = HEADER_DATE.matcher(page).replaceFirst("$1" + date);
            String month = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            page = CITATION_DATE.matcher(page).replaceFirst(String.format(Locale.ROOT, "苏剑林. (%s. %02d, %d)", month,
                    date.getDayOfMonth(), date.getYear()));
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "page-%04d%s", i,
                    name.substring(name.lastIndexOf('.')))), page, StandardCharsets.UTF_8);
            posts.add(new Post(id, title, date));
        }
        return posts;
    }

    /** The archive index of the posts, as the blog's 归档 page lists them (newest first). */
    static String index(List<Post> posts) {
        TreeMap<Integer, TreeMap<Integer, List<Post>>> byYear = new TreeMap<>();
        for (Post p : posts) {
            byYear.computeIfAbsent(p.date().getYear(), y -> new TreeMap<>())
                    .computeIfAbsent(p.date().getMonthValue(), m -> new ArrayList<>()).add(p);
        }
        StringBuilder sb = new StringBuilder("# 归档\n\n");
        for (int year : byYear.descendingKeySet()) {
            TreeMap<Integer, List<Post>> months = byYear.get(year);
            int n = months.values().stream().mapToInt(List::size).sum();
            sb.append("### ").append(year).append("年 (共").append(n).append("篇)\n\n");
            for (int month : months.descendingKeySet()) {
                sb.append(String.format(Locale.ROOT, "- %02d月%n", month));
                List<Post> list = new ArrayList<>(months.get(month));
                java.util.Collections.reverse(list);
                for (Post p : list) {
                    sb.append(String.format(Locale.ROOT, " - %02d日: [%s](https://kexue.fm/archives/%d) ( [%d]"
                            + "(https://kexue.fm/archives/%d#PostComment))%n", p.date().getDayOfMonth(), p.title(),
                            p.id(), p.id() % 40, p.id()));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Sum of the sizes of the files. */
    static long bytes(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }
}

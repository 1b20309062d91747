package kexuereader.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Seeded mutations of the seed dumps, for fuzzing the parser and the library. Every mutant says how it was made,
 * and {@link #mutant(long)} rebuilds the same mutant from its number alone, so a failure replays exactly:
 * {@code -Dfuzz.seed=S -Dfuzz.only=N}.
 */
public final class Mutations {

    /** One input: a file name, its bytes, and the recipe that made it (seed, number, mutations applied). */
    public record Mutant(long seed, long number, String recipe, String fileName, byte[] bytes) {

        /** The Maven options that rebuild this mutant alone. */
        public String replay() {
            return "-Dfuzz.seed=" + seed + " -Dfuzz.only=" + number;
        }

        @Override
        public String toString() {
            return "#" + number + " " + recipe + " (" + bytes.length + " bytes; replay with " + replay() + ")";
        }
    }

    /** A named mutation of a file's bytes. */
    private record Mutation(String name, BiFunction<byte[], Random, byte[]> apply) {
    }

    private static final Charset GBK = Charset.forName("GBK");

    private final long seed;
    private final List<String> seedNames;
    private final List<byte[]> seeds;
    private final List<Mutation> mutations = List.of(
            new Mutation("truncate", Mutations::truncate),
            new Mutation("truncate-inside-utf8", Mutations::truncateInsideCharacter),
            new Mutation("flip-bytes", Mutations::flipBytes),
            new Mutation("shuffle-lines", (b, r) -> lines(b, r, Mutations::shuffleLines)),
            new Mutation("duplicate-lines", (b, r) -> lines(b, r, Mutations::duplicateLines)),
            new Mutation("duplicate-by-lines", (b, r) -> lines(b, r, Mutations::duplicateByLines)),
            new Mutation("glue-lines", (b, r) -> lines(b, r, Mutations::glueLines)),
            new Mutation("drop-lines", (b, r) -> lines(b, r, Mutations::dropLines)),
            new Mutation("mangle-fields", (b, r) -> lines(b, r, Mutations::mangleFields)),
            new Mutation("inject-odd-characters", Mutations::injectOddCharacters),
            new Mutation("line-ends", Mutations::lineEnds),
            new Mutation("re-encode", Mutations::reEncode),
            new Mutation("long-line", Mutations::longLine));

    private Mutations(long seed, List<String> seedNames, List<byte[]> seeds) {
        this.seed = seed;
        this.seedNames = seedNames;
        this.seeds = seeds;
    }

    /** Mutations of every {@code *.txt} in the project's {@code seeds/} folder. */
    public static Mutations ofSeeds(long seed) {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
            List<byte[]> bytes = new ArrayList<>();
            for (Path p : files) {
                bytes.add(Files.readAllBytes(p));
            }
            return new Mutations(seed, names, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed every mutant derives from; {@code -Dfuzz.seed} overrides the given default. */
    public static long seedFromProperty(long fallback) {
        String s = System.getProperty("fuzz.seed");
        return s == null || s.isBlank() ? fallback : Long.parseLong(s.strip());
    }

    public long seed() {
        return seed;
    }

    /** Raw seed bytes, by index into the sorted seed files. */
    public byte[] seedBytes(int i) {
        return seeds.get(i).clone();
    }

    public List<String> seedNames() {
        return seedNames;
    }

    /**
     * Mutant number {@code n}: a few fixed hostile files first (empty, binary, an image, a 10 MB line,
     * 10,000 copies of an entry…), then one to three random mutations stacked on a random seed (or two seeds
     * glued together).
     */
    public Mutant mutant(long n) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + n);
        Mutant fixed = fixed(n, r);
        if (fixed != null) {
            return fixed;
        }
        int which = r.nextInt(seeds.size());
        byte[] bytes = seeds.get(which).clone();
        StringBuilder recipe = new StringBuilder(seedNames.get(which));
        if (r.nextInt(12) == 0) {
            int other = r.nextInt(seeds.size());
            bytes = concat(bytes, r.nextBoolean() ? new byte[0] : "\n".getBytes(StandardCharsets.UTF_8),
                    seeds.get(other));
            recipe.append(" +glued-to=").append(seedNames.get(other));
        }
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            Mutation m = mutations.get(r.nextInt(mutations.size()));
            bytes = m.apply().apply(bytes, r);
            recipe.append(' ').append(m.name());
        }
        return new Mutant(seed, n, recipe.toString(), "fuzz-" + n + ".txt", bytes);
    }

    /** How many of the first mutant numbers are the fixed files of {@link #fixed}. */
    public static final int FIXED = 13;

    private Mutant fixed(long n, Random r) {
        String recipe = "";
        return switch ((int) Math.min(n, FIXED)) {
            case 0 -> new Mutant(seed, n, recipe + "empty file", "empty.txt", new byte[0]);
            case 1 -> new Mutant(seed, n, recipe + "whitespace and a BOM only", "blank.txt",
                    concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, " \r\n\t\u3000\n\n".getBytes(StandardCharsets.UTF_8)));
            case 2 -> new Mutant(seed, n, recipe + "random binary", "random.txt", randomBytes(r, 1 + r.nextInt(200_000)));
            case 3 -> new Mutant(seed, n, recipe + "PNG image renamed .txt", "photo.txt", concat(new byte[] {(byte) 0x89, 'P', 'N',
                    'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, randomBytes(r, 5000)));
            case 4 -> new Mutant(seed, n, recipe + "JPEG image renamed .txt", "photo2.txt",
                    concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, randomBytes(r, 5000)));
            case 5 -> new Mutant(seed, n, recipe + "a 10 MB single line", "one-line.txt",
                    "扩散模型".repeat(10 * 1024 * 1024 / 12).getBytes(StandardCharsets.UTF_8));
            case 6 -> new Mutant(seed, n, recipe + "a 10 MB line inside a seed", "seed-with-long-line.txt",
                    insertLine(seeds.get(0), 1, "x".repeat(10 * 1024 * 1024)));
            case 7 -> new Mutant(seed, n, recipe + "10,000 copies of one entry", "copies.txt", copies(10_000));
            case 8 -> new Mutant(seed, n, recipe + "the whole seed glued into one line", "glued.txt",
                    new String(seeds.get(1), StandardCharsets.UTF_8).replace("\n", "").getBytes(StandardCharsets.UTF_8));
            case 9 -> new Mutant(seed, n, recipe + "text that is not a dump", "notes.txt",
                    "购物清单\n牛奶\n鸡蛋\nBy the way | call mum\n".getBytes(StandardCharsets.UTF_8));
            case 10 -> new Mutant(seed, n, recipe + "an SQLite database renamed .txt", "db.txt",
                    concat("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), randomBytes(r, 4096)));
            case 11 -> new Mutant(seed, n, recipe + "a seed in UTF-16LE without BOM, cut at an odd byte", "utf16-cut.txt",
                    cutOdd(new String(seeds.get(2), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE)));
            case 12 -> new Mutant(seed, n, recipe + "two million line breaks after an entry", "lines.txt",
                    concat(Arrays.copyOf(seeds.get(0), 600), "\n".repeat(2_000_000).getBytes(StandardCharsets.UTF_8)));
            default -> null;
        };
    }

    // --- byte-level mutations --------------------------------------------------------------------------------

    private static byte[] truncate(byte[] b, Random r) {
        return Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length + 1));
    }

    /** Cuts on a UTF-8 continuation byte, so the last character is split. */
    private static byte[] truncateInsideCharacter(byte[] b, Random r) {
        if (b.length < 2) {
            return b;
        }
        int at = r.nextInt(b.length);
        for (int i = 0; i < b.length; i++) {
            int p = (at + i) % b.length;
            if ((b[p] & 0xC0) == 0x80) {
                return Arrays.copyOf(b, p);
            }
        }
        return Arrays.copyOf(b, at);
    }

    private static byte[] flipBytes(byte[] b, Random r) {
        byte[] out = b.clone();
        int flips = 1 + r.nextInt(r.nextBoolean() ? 4 : 64);
        for (int i = 0; i < flips && out.length > 0; i++) {
            int p = r.nextInt(out.length);
            out[p] = (byte) (out[p] ^ (1 + r.nextInt(255)));
        }
        return out;
    }

    private static byte[] injectOddCharacters(byte[] b, Random r) {
        String[] odd = {"\u0000", "\u0001", "\u001B[31m", "\uFEFF", "\uFFFD", "\u202E", "\u2028", "\u2029", "\r",
                "\t", "\u3000", "𝔼𝕩", "😀", "\\", "$", "$$", "\\begin{align}", "《", "》", "|", "｜", "By ", "最近评论",
                "点击阅读全文...", "引用", "<script>alert(1)</script>", "%s%n", "'; DROP TABLE entry; --", "\"", "\u0085"};
        byte[] out = b;
        int count = 1 + r.nextInt(8);
        for (int i = 0; i < count; i++) {
            int at = out.length == 0 ? 0 : r.nextInt(out.length + 1);
            byte[] ins = r.nextInt(10) == 0
                    ? new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80} // a UTF-16 surrogate encoded as UTF-8
                    : odd[r.nextInt(odd.length)].getBytes(StandardCharsets.UTF_8);
            out = concat(Arrays.copyOf(out, at), ins, Arrays.copyOfRange(out, at, out.length));
        }
        return out;
    }

    private static byte[] lineEnds(byte[] b, Random r) {
        String t = new String(b, StandardCharsets.UTF_8);
        String to = switch (r.nextInt(4)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            case 2 -> " \t\u3000\n";
            default -> "\n\n\n";
        };
        return t.replace("\n", to).getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 ↔ GBK ↔ UTF-16 (with or without BOM), whole or for a part of the file only. */
    private static byte[] reEncode(byte[] b, Random r) {
        String t = new String(b, StandardCharsets.UTF_8);
        Charset[] sets = {GBK, Charset.forName("GB18030"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_8};
        Charset cs = sets[r.nextInt(sets.length)];
        byte[] bom = switch (r.nextInt(4)) {
            case 0 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case 1 -> cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : cs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[0];
            default -> new byte[0];
        };
        if (r.nextInt(4) == 0 && t.length() > 2) {
            // mixed: the first part in one encoding, the rest in another
            int cut = r.nextInt(t.length());
            return concat(bom, t.substring(0, cut).getBytes(cs), t.substring(cut).getBytes(StandardCharsets.UTF_8));
        }
        return concat(bom, t.getBytes(cs));
    }

    private static byte[] longLine(byte[] b, Random r) {
        int length = r.nextBoolean() ? 199_990 + r.nextInt(20) : 200_001 + r.nextInt(300_000);
        String unit = r.nextBoolean() ? "x" : "公式$";
        List<String> lines = splitLines(b);
        int at = lines.isEmpty() ? 0 : r.nextInt(lines.size() + 1);
        lines.add(at, unit.repeat(length / unit.length()));
        return joinLines(lines);
    }

    // --- line-level mutations --------------------------------------------------------------------------------

    private interface LineEdit {
        void apply(List<String> lines, Random r);
    }

    private static byte[] lines(byte[] b, Random r, LineEdit edit) {
        List<String> lines = splitLines(b);
        if (!lines.isEmpty()) {
            edit.apply(lines, r);
        }
        return joinLines(lines);
    }

    private static void shuffleLines(List<String> lines, Random r) {
        if (r.nextBoolean()) {
            Collections.shuffle(lines, r);
            return;
        }
        int from = r.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 2 + r.nextInt(8));
        Collections.shuffle(lines.subList(from, to), r);
    }

    private static void duplicateLines(List<String> lines, Random r) {
        int count = 1 + r.nextInt(10);
        for (int i = 0; i < count; i++) {
            int p = r.nextInt(lines.size());
            lines.add(r.nextBoolean() ? p : r.nextInt(lines.size()), lines.get(p));
        }
    }

    private static void duplicateByLines(List<String> lines, Random r) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.startsWith("By ") && r.nextInt(3) > 0) {
                int copies = 1 + r.nextInt(3);
                for (int c = 0; c < copies; c++) {
                    // the same line again, or its header without the body glued to 引用
                    lines.add(i + 1, r.nextBoolean() ? l : l.replaceFirst("引用.*", "引用"));
                }
            } else if (l.matches("\\d{1,2} ?[A-Z][a-z]{2}") && r.nextInt(3) == 0) {
                lines.add(i + 1, l);
            }
        }
    }

    private static void glueLines(List<String> lines, Random r) {
        int count = 1 + r.nextInt(6);
        for (int i = 0; i < count && lines.size() > 1; i++) {
            int p = r.nextInt(lines.size() - 1);
            lines.set(p, lines.get(p) + lines.remove(p + 1));
        }
    }

    private static void dropLines(List<String> lines, Random r) {
        int count = 1 + r.nextInt(Math.max(1, lines.size() / 3));
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            lines.remove(r.nextInt(lines.size()));
        }
    }

    /** Damages the fields the parser reads: dates, reader counts, date labels, titles. */
    private static void mangleFields(List<String> lines, Random r) {
        String[] dates = {"2024-02-30", "0000-00-00", "99999-1-1", "2024-13-01", "2024-1-1", "2024/04/17", "2024年4月17日",
                "２０２４－０４－１７", "1989-12-31", "2101-01-01", "2024-04", "", "-", "2024-04-17-01", "2147483648-01-01"};
        String[] counts = {"99999999999999位读者", "2147483647位读者", "2147483648位读者", "-5位读者", ",,,位读者", "1,234,567位读者",
                "０位读者", "位读者", "12345678901234567890位读者", "NaN位读者"};
        String[] labels = {"31 Feb", "29 Feb", "0 Jan", "32 Dec", "99Dec", "Feb 30", "1 Foo", "00 Jan", "9999999999 Jan", "Dec"};
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("By ") && r.nextInt(3) == 0) {
                String[] f = l.split("\\|", -1);
                if (f.length >= 3) {
                    if (r.nextBoolean()) {
                        f[1] = " " + dates[r.nextInt(dates.length)] + " ";
                    } else {
                        f[2] = " " + counts[r.nextInt(counts.length)] + " ";
                    }
                    lines.set(i, String.join(r.nextInt(5) == 0 ? "｜" : "|", f));
                } else {
                    lines.set(i, l + " | " + dates[r.nextInt(dates.length)]);
                }
            } else if (l.matches("\\d{1,2} ?[A-Z][a-z]{2}") && r.nextInt(3) == 0) {
                lines.set(i, labels[r.nextInt(labels.length)]);
            } else if (r.nextInt(40) == 0) {
                lines.set(i, r.nextBoolean() ? "" : "标题".repeat(1 + r.nextInt(400)));
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** The bytes as UTF-8 lines; invalid bytes become U+FFFD, which is fine for mutating. */
    private static List<String> splitLines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] joinLines(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insertLine(byte[] b, int at, String line) {
        List<String> lines = splitLines(b);
        lines.add(Math.min(at, lines.size()), line);
        return joinLines(lines);
    }

    private byte[] copies(int n) {
        String entry = """
                重温SSM(一):线性系统和HiPPO矩阵
                By 苏剑林 | 2024-05-24 | 21080位读者 | 引用前几天,笔者看了几篇介绍SSM(State Space Model)的文章,才发现原来自己从未认真了解过SSM。
                """;
        return (entry.repeat(n) + "最近评论\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cutOdd(byte[] b) {
        return Arrays.copyOf(b, b.length % 2 == 0 ? b.length - 1 : b.length);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

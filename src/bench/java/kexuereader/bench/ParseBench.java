package kexuereader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kexuereader.ingest.DumpParser;

/**
 * Parsing throughput: {@code DumpParser.parse(name, bytes)} over every file of a generated archive, against
 * the floor of merely reading the same files and decoding their bytes (UTF-8, or GB18030 where UTF-8 fails, as
 * the parser's decoder does). Both read from the page cache. Target: the parser at ≥ 50% of the floor.
 */
final class ParseBench {

    private ParseBench() {
    }

    static List<Figure> run(Workspace ws, int size, BenchSettings s) {
        List<Path> files = ws.dumpFiles(size);
        long bytes = 0;
        List<Charset> charsets = new ArrayList<>();
        for (Path f : files) {
            byte[] b = read(f);
            bytes += b.length;
            charsets.add(isUtf8(b) ? StandardCharsets.UTF_8 : Charset.forName("GB18030"));
        }
        double mb = bytes / 1e6;
        String input = String.format(Locale.ROOT, "%,d files, %.1f MB (%,d articles)", files.size(), mb, size);
        ws.log().printf("parse: %s%n", input);
        ws.log().flush();
        List<Double> floor = Timing.millis(s.warmUps(), s.runs(), () -> {
            long chars = 0;
            for (int i = 0; i < files.size(); i++) {
                byte[] b = read(files.get(i));
                chars += new String(b, charsets.get(i)).length();
            }
            Timing.sink = chars;
        });
        List<Double> parse = Timing.millis(s.warmUps(), s.runs(), () -> {
            long entries = 0;
            for (Path f : files) {
                entries += DumpParser.parse(f.getFileName().toString(), read(f)).entries().size();
            }
            Timing.sink = entries;
        });
        Stats floorRate = Stats.of(floor.stream().mapToDouble(ms -> mb / (ms / 1000)).toArray());
        Stats parseRate = Stats.of(parse.stream().mapToDouble(ms -> mb / (ms / 1000)).toArray());
        double ratio = parseRate.median() / floorRate.median();
        return List.of(
                Figure.plain("parse: read + decode (floor)", input, "MB/s", floorRate),
                new Figure("parse: DumpParser.parse", input, "MB/s", parseRate, floorRate.median(), "read+decode",
                        ratio, "≥ 0.5× floor", ratio >= 0.5));
    }

    static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}

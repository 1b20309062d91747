package kexuereader.bench.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rasterises an SVG whose user units are thousandths of an em (both MathJax's and ours are) at 1 em = 40 px with
 * rsvg-convert, after widening its view box by half an em on every side so ink drawn outside the box is kept.
 */
final class Rasteriser {

    static final double PX_PER_EM = 40;
    private static final double MARGIN = 500;
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([-0-9.e]+) ([-0-9.e]+) ([-0-9.e]+) ([-0-9.e]+)\"");
    private static final Pattern SIZE = Pattern.compile("\\s(width|height|style)=\"[^\"]*\"");

    private Rasteriser() {
    }

    /**
     * Writes {@code png} from {@code svg} and returns the baseline's row in it.
     */
    static int rasterise(Path svg, Path work, Path png) throws IOException, InterruptedException {
        String s = Files.readString(svg, StandardCharsets.UTF_8);
        int start = s.indexOf("<svg");
        int end = s.indexOf('>', start);
        String root = s.substring(start, end);
        Matcher m = VIEW_BOX.matcher(root);
        if (!m.find()) {
            throw new IOException("no viewBox in " + svg);
        }
        double x = Double.parseDouble(m.group(1)) - MARGIN;
        double y = Double.parseDouble(m.group(2)) - MARGIN;
        double w = Double.parseDouble(m.group(3)) + 2 * MARGIN;
        double h = Double.parseDouble(m.group(4)) + 2 * MARGIN;
        long pw = Math.round(w * PX_PER_EM / 1000);
        long ph = Math.round(h * PX_PER_EM / 1000);
        String newRoot = SIZE.matcher(m.replaceFirst(Matcher.quoteReplacement(String.format(Locale.ROOT,
                "viewBox=\"%.1f %.1f %.1f %.1f\"", x, y, pw * 1000 / PX_PER_EM, ph * 1000 / PX_PER_EM)))).replaceAll("")
                + String.format(Locale.ROOT, " width=\"%d\" height=\"%d\" color=\"#000000\"", pw, ph);
        Path ready = work.resolve(png.getFileName().toString().replace(".png", ".svg"));
        Files.writeString(ready, s.substring(0, start) + newRoot + s.substring(end), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("rsvg-convert", "-o", png.toString(), ready.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IOException("rsvg-convert failed on " + ready);
        }
        Files.delete(ready);
        return (int) Math.round(-y * PX_PER_EM / 1000);
    }
}

package kexuereader.bench.fidelity;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** A sheet of formulas, one row each: MathJax, ours, the two overlaid (MathJax red, ours blue), the source. */
final class ContactSheet {

    /** One row of a sheet. */
    record Row(String label, String source, InkMask mathjax, InkMask ours) {
    }

    private static final int CELL_W = 520;
    private static final int MAX_H = 180;
    private static final int TEXT_H = 22;

    private ContactSheet() {
    }

    static void write(List<Row> rows, Path png) throws IOException {
        int[] heights = new int[rows.size()];
        int total = 0;
        for (int i = 0; i < rows.size(); i++) {
            heights[i] = Math.min(MAX_H, Math.max(40, (int) (cellScale(rows.get(i)) * boxH(rows.get(i).mathjax())) + 8))
                    + TEXT_H;
            total += heights[i];
        }
        BufferedImage sheet = new BufferedImage(3 * CELL_W + 40, total + 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 13));
        int y = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double s = cellScale(r);
            int h = heights[i] - TEXT_H;
            g.setColor(new Color(0xEEEEEE));
            g.drawLine(0, y, sheet.getWidth(), y);
            draw(g, r.mathjax(), null, s, 10, y + 4, Color.BLACK);
            draw(g, r.ours(), null, s, 20 + CELL_W, y + 4, Color.BLACK);
            draw(g, r.mathjax(), null, s, 30 + 2 * CELL_W, y + 4, new Color(220, 0, 0, 160));
            draw(g, r.ours(), r.mathjax(), s, 30 + 2 * CELL_W, y + 4, new Color(0, 0, 230, 160));
            g.setColor(Color.DARK_GRAY);
            String src = r.source().replaceAll("\\s+", " ");
            g.drawString(r.label() + "  " + (src.length() > 200 ? src.substring(0, 200) + "…" : src), 10, y + h + 16);
            y += heights[i];
        }
        g.dispose();
        ImageIO.write(sheet, "png", png.toFile());
    }

    private static int boxH(InkMask m) {
        return m.empty() ? 40 : m.inkHeight();
    }

    private static double cellScale(Row r) {
        double w = Math.max(r.mathjax().empty() ? 1 : r.mathjax().inkWidth(), r.ours().empty() ? 1 : r.ours().inkWidth());
        double h = Math.max(boxH(r.mathjax()), boxH(r.ours()));
        return Math.min(1, Math.min((CELL_W - 10) / w, (MAX_H - 8) / h));
    }

    /** Draws {@code m}'s ink box at scale {@code s}; with {@code onto}, stretched onto that mask's ink box. */
    private static void draw(Graphics2D g, InkMask m, InkMask onto, double s, int x0, int y0, Color c) {
        if (m.empty() || (onto != null && onto.empty())) {
            return;
        }
        int w = onto == null ? m.inkWidth() : onto.inkWidth();
        int h = onto == null ? m.inkHeight() : onto.inkHeight();
        boolean[] grid = m.boxScaledTo(w, h);
        g.setColor(c);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (grid[y * w + x]) {
                    g.fillRect(x0 + (int) (x * s), y0 + (int) (y * s), Math.max(1, (int) Math.ceil(s)),
                            Math.max(1, (int) Math.ceil(s)));
                }
            }
        }
    }
}

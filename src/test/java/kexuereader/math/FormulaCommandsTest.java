package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulaCommandsTest {

    @Test
    void checkGalleryAndUsage(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "$x$ and $$y$$");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "$\\nope$");
        StringWriter out = new StringWriter();
        assertEquals(0, FormulaCommands.run(new String[] {"check", good.toString()}, new PrintWriter(out)));
        assertEquals(1, FormulaCommands.run(new String[] {"check", good.toString(), bad.toString()},
                new PrintWriter(out)));
        assertTrue(out.toString().contains("FAIL bad.txt#1: unknown command \\nope: $\\nope$"), out.toString());
        Path html = dir.resolve("g.html");
        assertEquals(0, FormulaCommands.run(new String[] {"gallery", "--out", html.toString(), good.toString()},
                new PrintWriter(out)));
        assertTrue(Files.readString(html).contains("<svg"));
        assertEquals(2, FormulaCommands.run(new String[] {"gallery", good.toString()}, new PrintWriter(out)));
        assertEquals(2, FormulaCommands.run(new String[0], new PrintWriter(out)));
    }
}

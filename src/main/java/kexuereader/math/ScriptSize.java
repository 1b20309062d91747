package kexuereader.math;

import java.lang.reflect.Field;
import java.util.Map;
import org.scilab.forge.jlatexmath.DefaultTeXFont;

/**
 * Scripts at MathJax's size: its {@code scriptsizemultiplier} is √½ (0.707), TeX's and JLaTeXMath's script size
 * 0.7 of the text (7 pt at 10 pt); second-level scripts are 0.5 in both. Set once in JLaTeXMath's private general
 * settings, read on every use.
 */
final class ScriptSize {

    static final float MATHJAX_SCRIPT = (float) Math.sqrt(0.5);

    private ScriptSize() {
    }

    /** Once at start, before any concurrent use; does nothing on a JLaTeXMath without these settings. */
    @SuppressWarnings("unchecked")
    static void correct() {
        try {
            Field field = DefaultTeXFont.class.getDeclaredField("generalSettings");
            field.setAccessible(true);
            Map<String, Number> settings = (Map<String, Number>) field.get(null);
            if (settings != null && settings.containsKey("scriptfactor")) {
                settings.put("scriptfactor", MATHJAX_SCRIPT);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JLaTeXMath: TeX's script size
        }
    }
}

package kexuereader.math;

import org.scilab.forge.jlatexmath.FBoxAtom;
import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXParser;

/**
 * {@code \boxed} and {@code \fbox} framed as MathJax frames them: 0.2 em of padding and a 0.067 em line, 0.267 em
 * from the content to the frame's outer edge on every side. JLaTeXMath pads by 0.65 em plus its 0.04 em rule, so
 * a boxed formula stood in a frame 0.84 em wider and taller. The padding is a field of each box, so the two
 * commands are wrapped to set it on the box they make, and {@code \boxed} sets its content in display style, as
 * MathJax's ({@code \fbox{$\displaystyle{#1}$}}); everything else about them is JLaTeXMath's.
 */
final class FramePadding {

    /** MathJax's padding and line, less JLaTeXMath's rule (drawn inside the same outer edge), in em. */
    static final float PADDING = 0.267f - 0.04f;

    private FramePadding() {
    }

    /** Once at start, before any concurrent use (JLaTeXMath's command table is a plain map). */
    static void install() {
        for (String name : new String[] {"boxed", "fbox"}) {
            MacroInfo original = MacroInfo.Commands.get(name);
            if (original == null || original instanceof Padded) {
                continue;
            }
            MacroInfo.Commands.put(name, new Padded(original));
        }
    }

    private static final class Padded extends MacroInfo {
        private final MacroInfo original;

        Padded(MacroInfo original) {
            super(original.nbArgs, original.posOpts);
            this.hasOptions = original.hasOptions;
            this.original = original;
        }

        @Override
        public Object invoke(TeXParser tp, String[] args) throws ParseException {
            if (args.length > 1 && "boxed".equals(args[0]) && args[1] != null) {
                // MathJax's \boxed is \fbox{$\displaystyle{#1}$}: display style inside, in a line too
                args[1] = "\\displaystyle{" + args[1] + "}";
            }
            Object atom = original.invoke(tp, args);
            if (atom instanceof FBoxAtom box) {
                box.INTERSPACE = PADDING;
            }
            return atom;
        }
    }
}

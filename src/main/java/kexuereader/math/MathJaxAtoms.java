package kexuereader.math;

import java.lang.reflect.Field;
import java.util.List;
import org.scilab.forge.jlatexmath.Atom;
import org.scilab.forge.jlatexmath.BigDelimiterAtom;
import org.scilab.forge.jlatexmath.Box;
import org.scilab.forge.jlatexmath.CharBox;
import org.scilab.forge.jlatexmath.CharFont;
import org.scilab.forge.jlatexmath.CharSymbol;
import org.scilab.forge.jlatexmath.DelimiterFactory;
import org.scilab.forge.jlatexmath.EmptyAtom;
import org.scilab.forge.jlatexmath.FencedAtom;
import org.scilab.forge.jlatexmath.FractionAtom;
import org.scilab.forge.jlatexmath.Glue;
import org.scilab.forge.jlatexmath.HlineAtom;
import org.scilab.forge.jlatexmath.HorizontalRule;
import org.scilab.forge.jlatexmath.HorizontalBox;
import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.MatrixAtom;
import org.scilab.forge.jlatexmath.MiddleAtom;
import org.scilab.forge.jlatexmath.MonoScaleAtom;
import org.scilab.forge.jlatexmath.NthRoot;
import org.scilab.forge.jlatexmath.OverBar;
import org.scilab.forge.jlatexmath.OverUnderDelimiter;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.RowAtom;
import org.scilab.forge.jlatexmath.ScaleBox;
import org.scilab.forge.jlatexmath.SpaceAtom;
import org.scilab.forge.jlatexmath.StrutBox;
import org.scilab.forge.jlatexmath.StyleAtom;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXEnvironment;
import org.scilab.forge.jlatexmath.TeXFont;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXParser;
import org.scilab.forge.jlatexmath.TypedAtom;
import org.scilab.forge.jlatexmath.VlineAtom;

/**
 * Fractions, fences, braces, big delimiters, size commands and multiple integrals as MathJax 3 sets them (its
 * {@code mfrac}, fenced {@code mrow}, {@code munder}/{@code mover}, stretchy {@code mo}):
 * <ul>
 *   <li>a fraction is an ordinary atom, no thin space beside it ({@code a\frac{c}{d}}; TeX and JLaTeXMath:
 *       inner);</li>
 *   <li>a fraction's bar is MathJax's 0.06 em rule (cmsy10's: 0.04 em), and so its parts clear the axis by 3.5 ×
 *       that rule in display style and 1.5 × in text style, as in MathJax: a numerator with depth or a tall
 *       denominator stands further off the bar, and {@code \left(…\right)} around it takes MathJax's size;</li>
 *   <li>{@code \\underbrace}, {@code \overbrace}: the brace takes no more room than its content (JLaTeXMath builds
 *       it of whole pieces, up to 0.2 em wider, and widened the box by that), 0.725 em deep, and the label stands
 *       off it as MathJax's munder and mover set a limit (JLaTeXMath: touching);</li>
 *   <li>a delimiter beyond its largest size is stretched to exactly the content's extent ({@code D}, TeX's
 *       rule on MathJax's {@code \delimitershortfall} 0.3 em), and {@code |}, {@code \|} have no size above the
 *       normal one, as in MathJax; {@code \big…\Bigg} stretch them to 1.2, 1.623, 2.047, 2.47 em (JLaTeXMath
 *       builds a delimiter of whole pieces, so bars came 1.8 em tall around a 1.4 em content, and its
 *       {@code \big|} was shorter than the normal bar);</li>
 *   <li>{@code \small}, {@code \Large}, {@code \LARGE}, {@code \huge}, {@code \Huge} scale by MathJax's factors
 *       (0.85, 1.44, 1.73, 2.07, 2.49; JLaTeXMath 0.9, 1.4, 1.8, 2, 2.5);</li>
 *   <li>{@code \iint}, {@code \iiint}: the signs as close as in MathJax's glyphs (JLaTeXMath: −6 mu apart, the
 *       double integral 0.36 em wider);</li>
 *   <li>after {@code \right} the next atom is spaced as after a closing symbol ({@code \left(x\right)b}: none;
 *       TeX and JLaTeXMath: a thin space after an inner atom);</li>
 *   <li>the fraction bar runs 0.1 em of the fraction's size past its parts (not without a bar or between
 *       delimiters);</li>
 *   <li>{@code \sqrt} is laid out as MathJax's msqrt (its rule, surd size and clearance);</li>
 *   <li>{@code \hline} and array column rules are 0.07 em thick, as the blog's stylesheet draws them;</li>
 *   <li>one letter in a font ({@code \boldsymbol{W}}, {@code \mathbb{R}}…) is a character for its scripts;</li>
 *   <li>{@code \binom}, {@code \choose} and {@code \genfrac} with delimiters have fixed delimiters ({@code \bigg} in
 *       display style, {@code \big} otherwise) and MathJax's room between the parts.</li>
 * </ul>
 * The commands are wrapped once at start (JLaTeXMath's command table, as {@link FramePadding} does); the atoms
 * they make are JLaTeXMath's, with their parts wrapped.
 */
final class MathJaxAtoms {

    /** MathJax's rule, 0.06 em, in JLaTeXMath's default rule thicknesses (cmsy10's 0.04 em): fraction bars and the
     *  radical's rule. TeX's clearances are multiples of the rule, so with MathJax's rule JLaTeXMath's fraction
     *  clears the axis as MathJax's does (3.5 × the rule in display style, 1.5 × in text style). */
    static final float RULE = 1.5f;

    private static final Field NUMERATOR = field(FractionAtom.class, "numerator");
    private static final Field DENOMINATOR = field(FractionAtom.class, "denominator");
    private static final Field RULE_FACTOR = field(FractionAtom.class, "defFactor");
    private static final Field THICKNESS = field(FractionAtom.class, "thickness");
    private static final Field RULE_FACTOR_SET = field(FractionAtom.class, "defFactorSet");
    private static final Field NO_DEFAULT_RULE = field(FractionAtom.class, "noDefault");
    private static final Field ROW_ELEMENTS = field(RowAtom.class, "elements");
    private static final Field STYLED = field(StyleAtom.class, "at");
    private static final Field FENCED_BASE = field(FencedAtom.class, "base");
    private static final Field PARSED = field(TeXParser.class, "formula");
    private static final Field FENCE_LEFT = field(FencedAtom.class, "left");
    private static final Field FENCE_RIGHT = field(FencedAtom.class, "right");
    private static final Field FENCE_MIDDLE = field(FencedAtom.class, "middle");
    private static final Field BIG_SIZE = field(BigDelimiterAtom.class, "size");
    private static final Field SCALE = field(MonoScaleAtom.class, "factor");
    private static final Field TYPED = field(TypedAtom.class, "atom");
    private static final Field RADICAND = field(NthRoot.class, "base");
    private static final Field CHILDREN = field(Box.class, "children");
    private static final Field VLINES = field(MatrixAtom.class, "vlines");
    private static final Field VLINE_COUNT = field(VlineAtom.class, "n");
    private static final Field ROOT_INDEX = field(NthRoot.class, "root");
    /** MathJax's size commands (its BaseMappings; JLaTeXMath: small 0.9, Large 1.4, LARGE 1.8, huge 2). */
    private static final java.util.Map<String, Float> SIZES = java.util.Map.of("tiny", 0.5f, "scriptsize", 0.7f,
            "small", 0.85f, "normalsize", 1f, "large", 1.2f, "Large", 1.44f, "LARGE", 1.73f, "huge", 2.07f,
            "Huge", 2.49f);
    private static final Field BRACED = field(OverUnderDelimiter.class, "base");
    private static final Field BRACE = field(OverUnderDelimiter.class, "symbol");

    private MathJaxAtoms() {
    }

    /** Once at start, before any concurrent use (JLaTeXMath's command table is a plain map). */
    static void install() {
        for (String name : new String[] {"frac", "over", "genfrac", "cfrac", "binom", "choose", "left", "underbrace", "overbrace", "big", "Big",
            "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr", "Biggr", "tiny", "scriptsize",
            "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge",
            "iint", "iiint", "sqrt", "hline", "array@@env", "boldsymbol", "mathbb", "mathbf", "mathcal", "mathrm", "mathit",
            "mathsf", "mathfrak", "mathscr"}) {
            MacroInfo original = MacroInfo.Commands.get(name);
            if (original == null || original instanceof Wrapped) {
                continue;
            }
            MacroInfo.Commands.put(name, new Wrapped(original));
        }
    }

    /** Font commands whose one letter MathJax sets as one character (an {@code mi}), scripts placed as on a
     *  character. */
    private static final java.util.Set<String> FONTS = java.util.Set.of("boldsymbol", "mathbb", "mathbf", "mathcal",
            "mathrm", "mathit", "mathsf", "mathfrak", "mathscr");
    /** One letter (not f, which starts ligatures in the roman fonts) or one control word (a Greek letter). */
    private static final java.util.regex.Pattern ONE_LETTER =
            java.util.regex.Pattern.compile("\\s*(?:[A-Za-eg-z]|\\\\[A-Za-z]+)\\s*");

    /** The character inside the atoms a font command made (each holds one atom, the innermost the letter). */
    private static CharSymbol letterIn(Object atom) throws ReflectiveOperationException {
        Object at = atom;
        for (int depth = 0; depth < 4 && at != null; depth++) {
            if (at instanceof CharSymbol c) {
                return c;
            }
            Object inner = null;
            for (Field f : at.getClass().getDeclaredFields()) {
                if (Atom.class.isAssignableFrom(f.getType()) && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    if (inner != null) {
                        return null; // more than one part: not a font's wrapper
                    }
                    f.setAccessible(true);
                    inner = f.get(at);
                    if (inner == null) {
                        return null;
                    }
                }
            }
            at = inner;
        }
        return null;
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The fraction a command made: {@code \frac}, {@code \over} make one; {@code \genfrac} ({@code \dfrac},
     *  {@code \tfrac}) a row of a style atom of a fence around one. */
    private static FractionAtom fractionIn(Object atom) throws ReflectiveOperationException {
        Object at = atom;
        if (at instanceof RowAtom row && ROW_ELEMENTS != null) {
            List<?> elements = (List<?>) ROW_ELEMENTS.get(row);
            at = elements.size() == 1 ? elements.get(0) : null;
        }
        if (at instanceof StyleAtom style && STYLED != null) {
            at = STYLED.get(style);
        }
        if (at instanceof FencedAtom fence && FENCED_BASE != null) {
            at = FENCED_BASE.get(fence);
        }
        return at instanceof FractionAtom f ? f : null;
    }

    /** A fraction without a bar gets MathJax's room between its parts: 7 × its 0.06 em rule in display style, 3 ×
     *  in text style (TeX and JLaTeXMath: 7 and 3 × the 0.04 em rule), half on each part. */
    private static void atopClearance(FractionAtom fraction) throws ReflectiveOperationException {
        if (NUMERATOR == null || DENOMINATOR == null || NO_DEFAULT_RULE == null || THICKNESS == null
                || !NO_DEFAULT_RULE.getBoolean(fraction) || THICKNESS.getFloat(fraction) != 0) {
            return;
        }
        if (NUMERATOR.get(fraction) instanceof Atom n && !(n instanceof AtopCleared)) {
            NUMERATOR.set(fraction, new AtopCleared(n, true));
        }
        if (DENOMINATOR.get(fraction) instanceof Atom d && !(d instanceof AtopCleared)) {
            DENOMINATOR.set(fraction, new AtopCleared(d, false));
        }
    }

    /** Whether a fraction a command made stands between delimiters ({@code \genfrac} with them, {@code \binom}). */
    private static boolean fenced(Object atom) throws ReflectiveOperationException {
        Object at = atom;
        if (at instanceof RowAtom row && ROW_ELEMENTS != null) {
            List<?> elements = (List<?>) ROW_ELEMENTS.get(row);
            at = elements.size() == 1 ? elements.get(0) : null;
        }
        if (at instanceof StyleAtom style && STYLED != null) {
            at = STYLED.get(style);
        }
        return at instanceof FencedAtom fence && FENCE_LEFT != null && FENCE_RIGHT != null
                && (FENCE_LEFT.get(fence) != null || FENCE_RIGHT.get(fence) != null);
    }

    /** Whether the atom the parser put last is a fraction (MathJax spaces nothing after one but operators). */
    private static boolean afterFraction(TeXParser tp) throws ReflectiveOperationException {
        if (PARSED == null || ROW_ELEMENTS == null) {
            return false;
        }
        Atom last = ((TeXFormula) PARSED.get(tp)).root;
        if (last instanceof RowAtom row && fractionIn(row) == null) {
            List<?> elements = (List<?>) ROW_ELEMENTS.get(row);
            last = elements.isEmpty() ? null : (Atom) elements.get(elements.size() - 1);
        }
        return last != null && fractionIn(last) != null;
    }

    private static Object mathJaxLike(TeXParser tp, String[] args, Object atom) {
        try {
            if (atom instanceof MonoScaleAtom scaled && SCALE != null && args.length > 0
                    && SIZES.containsKey(args[0])) {
                SCALE.set(scaled, SIZES.get(args[0]));
                return atom;
            }
            if (args.length > 1 && FONTS.contains(args[0]) && ONE_LETTER.matcher(args[1]).matches()) {
                CharSymbol letter = letterIn(atom);
                return letter == null ? atom : new LetterInFont((Atom) atom, letter);
            }
            if (atom instanceof MatrixAtom table && VLINES != null && VLINE_COUNT != null) {
                @SuppressWarnings("unchecked")
                java.util.Map<Integer, VlineAtom> lines = (java.util.Map<Integer, VlineAtom>) VLINES.get(table);
                for (java.util.Map.Entry<Integer, VlineAtom> line : lines.entrySet()) {
                    if (!(line.getValue() instanceof TableColumnRule)) {
                        line.setValue(new TableColumnRule(VLINE_COUNT.getInt(line.getValue())));
                    }
                }
                return atom;
            }
            if (atom instanceof HlineAtom && !(atom instanceof TableRule)) {
                return new TableRule();
            }
            if (atom instanceof FencedAtom fence && args.length > 0 && (args[0].equals("binom") || args[0].equals("choose"))
                    && FENCED_BASE != null && FENCED_BASE.get(fence) instanceof FractionAtom f) {
                atopClearance(f);
                return new FixedFence(fence); // \binom, \choose
            }
            if (atom instanceof FencedAtom fence) {
                return new ClosedFence(fence, afterFraction(tp));
            }
            if (atom instanceof RowAtom row && args.length > 0 && args[0].equals("genfrac") && fenced(atom)
                    && ROW_ELEMENTS.get(row) instanceof List<?> elements && elements.get(0) instanceof StyleAtom style
                    && STYLED.get(style) instanceof FencedAtom fence && FENCED_BASE.get(fence) instanceof FractionAtom f) {
                atopClearance(f);
                STYLED.set(style, new FixedFence(fence));
                return atom;
            }
            if (atom instanceof TypedAtom typed && TYPED != null && ROW_ELEMENTS != null && args.length > 0
                    && (args[0].equals("iint") || args[0].equals("iiint"))) {
                if (TYPED.get(typed) instanceof RowAtom row) {
                    @SuppressWarnings("unchecked")
                    List<Atom> signs = (List<Atom>) ROW_ELEMENTS.get(row);
                    boolean three = args[0].equals("iiint");
                    signs.replaceAll(a -> a instanceof SpaceAtom ? new IntegralKern(three) : a);
                }
                return atom;
            }
            if (atom instanceof NthRoot root && RADICAND != null && RADICAND.get(root) instanceof Atom radicand
                    && !(radicand instanceof Radicand)) {
                if (ROOT_INDEX != null && ROOT_INDEX.get(root) instanceof EmptyAtom) {
                    return new SquareRoot(radicand);
                }
                RADICAND.set(root, new Radicand(radicand));
                return atom;
            }
            if (atom instanceof BigDelimiterAtom big && !(atom instanceof MathJaxBig) && BIG_SIZE != null) {
                MathJaxBig sized = new MathJaxBig(big.delim, (Integer) BIG_SIZE.get(big));
                sized.type = big.type;
                return sized;
            }
            if (atom instanceof OverUnderDelimiter brace && !(atom instanceof MathJaxBrace) && BRACED != null
                    && BRACE != null) {
                return new MathJaxBrace(new Measured((Atom) BRACED.get(brace)), (SymbolAtom) BRACE.get(brace),
                        brace.isOver());
            }
            FractionAtom fraction = fractionIn(atom);
            if (fraction != null) {
                if (atom == fraction) {
                    fraction.type = TeXConstants.TYPE_ORDINARY;
                }
                // MathJax's bar runs 0.1 em of the fraction's size past both parts (no padding where there is no bar,
                // nor between delimiters: \binom and the like)
                boolean barless = NO_DEFAULT_RULE != null && THICKNESS != null && NO_DEFAULT_RULE.getBoolean(fraction)
                        && THICKNESS.getFloat(fraction) == 0;
                if (NUMERATOR != null && DENOMINATOR != null && !barless && !fenced(atom)) {
                    if (NUMERATOR.get(fraction) instanceof Atom n && !(n instanceof BarPadded)) {
                        NUMERATOR.set(fraction, new BarPadded(n));
                    }
                    if (DENOMINATOR.get(fraction) instanceof Atom d && !(d instanceof BarPadded)) {
                        DENOMINATOR.set(fraction, new BarPadded(d));
                    }
                }
                // a bar of the default thickness (not \genfrac's own, nor \binom's none) is MathJax's
                if (RULE_FACTOR != null && RULE_FACTOR_SET != null && NO_DEFAULT_RULE != null
                        && !NO_DEFAULT_RULE.getBoolean(fraction) && !RULE_FACTOR_SET.getBoolean(fraction)) {
                    RULE_FACTOR.setFloat(fraction, RULE);
                    RULE_FACTOR_SET.setBoolean(fraction, true);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JLaTeXMath: the atom as JLaTeXMath made it
        }
        return atom;
    }

    private static final class Wrapped extends MacroInfo {
        private final MacroInfo original;

        Wrapped(MacroInfo original) {
            super(original.nbArgs, original.posOpts);
            this.hasOptions = original.hasOptions;
            this.original = original;
        }

        @Override
        public Object invoke(TeXParser tp, String[] args) throws ParseException {
            return mathJaxLike(tp, args, original.invoke(tp, args));
        }
    }

    /**
     * One letter in a font ({@code \\boldsymbol{W}}, {@code \\mathbb{R}}, {@code \\mathcal{N}}): boxed as the font
     * command boxes it, and a character for the scripts after it, as MathJax's {@code mi} is. JLaTeXMath hung a
     * superscript from the top of a box that is no character (0.07 em higher than on the letter:
     * {@code \\mathbb{R}^{n\\times m}} 0.12 em) and a subscript from its bottom (a descender's 0.03 em lower).
     */
    static final class LetterInFont extends CharSymbol {
        private final Atom styled;
        private final CharSymbol letter;

        LetterInFont(Atom styled, CharSymbol letter) {
            this.styled = styled;
            this.letter = letter;
            this.type = styled.type;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            return styled.createBox(env);
        }

        @Override
        public CharFont getCharFont(TeXFont tf) {
            return letter.getCharFont(tf);
        }

        @Override
        public int getLeftType() {
            return styled.getLeftType();
        }

        @Override
        public int getRightType() {
            return styled.getRightType();
        }
    }

    /** An atom standing in place of {@code part} and boxing it its own way: spaced as the part is spaced. */
    abstract static class InPlaceOf extends Atom {
        final Atom part;

        InPlaceOf(Atom part) {
            this.part = part;
        }

        @Override
        public int getLeftType() {
            return part.getLeftType();
        }

        @Override
        public int getRightType() {
            return part.getRightType();
        }
    }

    /**
     * A fraction's numerator or denominator with 0.1 em of the fraction's size on each side, so the bar runs that far
     * past the wider part, as MathJax's does (TeX and JLaTeXMath stop it at the part). The part is a style below
     * the fraction: a text-size part is under a display fraction, a script one under a text fraction, a
     * second-level one taken as under a script fraction.
     */
    static final class BarPadded extends InPlaceOf {

        BarPadded(Atom part) {
            super(part);
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            Box box = part.createBox(env);
            // 1pt is 0.1 em of the text at JLaTeXMath's 10 pt, in any style
            float pad = SpaceAtom.getFactor(TeXConstants.UNIT_POINT, env)
                    * (env.getStyle() >= TeXConstants.STYLE_SCRIPT_SCRIPT ? ScriptSize.MATHJAX_SCRIPT : 1);
            HorizontalBox padded = new HorizontalBox(new StrutBox(pad, 0, 0, 0));
            padded.add(box);
            padded.add(new StrutBox(pad, 0, 0, 0));
            return padded;
        }
    }

    /** A part of a fraction without a bar, with half of MathJax's extra room between the parts (in the fraction's
     *  em; the part is a style below the fraction, as for {@link BarPadded}). */
    static final class AtopCleared extends InPlaceOf {
        private final boolean numerator;

        AtopCleared(Atom part, boolean numerator) {
            super(part);
            this.numerator = numerator;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            Box box = part.createBox(env);
            int style = env.getStyle();
            float em = 10 * SpaceAtom.getFactor(TeXConstants.UNIT_POINT, env); // the text's em, in any style
            float extra = (style < TeXConstants.STYLE_SCRIPT ? 7 * 0.02f
                    : style < TeXConstants.STYLE_SCRIPT_SCRIPT ? 3 * 0.02f : 3 * 0.02f * ScriptSize.MATHJAX_SCRIPT) * em / 2;
            HorizontalBox padded = new HorizontalBox(box);
            if (numerator) {
                padded.setDepth(box.getDepth() + extra);
            } else {
                padded.setHeight(box.getHeight() + extra);
            }
            return padded;
        }
    }

    /** {@code \binom}, {@code \choose}, {@code \genfrac} with delimiters: MathJax sets the delimiters at fixed sizes,
     *  {@code \bigg} in display style and {@code \big} otherwise (its {@code \mathchoice}), not sized to the
     *  fraction; nothing between them and the fraction, and the whole an ordinary atom. */
    static final class FixedFence extends InPlaceOf {
        private final FencedAtom fence;

        FixedFence(FencedAtom fence) {
            super(fence);
            this.fence = fence;
            this.type = TeXConstants.TYPE_ORDINARY;
        }

        // an ordinary atom, as MathJax's fixed-fence row: no thin space beside it (JLaTeXMath's fence: inner)
        @Override
        public int getLeftType() {
            return TeXConstants.TYPE_ORDINARY;
        }

        @Override
        public int getRightType() {
            return TeXConstants.TYPE_ORDINARY;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            try {
                Atom base = (Atom) FENCED_BASE.get(fence);
                SymbolAtom left = (SymbolAtom) FENCE_LEFT.get(fence);
                SymbolAtom right = (SymbolAtom) FENCE_RIGHT.get(fence);
                int size = env.getStyle() < TeXConstants.STYLE_TEXT ? 3 : 1;
                HorizontalBox row = new HorizontalBox();
                if (left != null) {
                    row.add(new MathJaxBig(left, size).createBox(env));
                }
                // without JLaTeXMath's null delimiter space (0.12 em each side of every fraction): MathJax's fraction
                // between delimiters has none
                float nullDelimiter = new SpaceAtom(TeXConstants.UNIT_EM, 0.12f, 0, 0).createBox(env).getWidth();
                row.add(new StrutBox(-nullDelimiter, 0, 0, 0));
                row.add(base.createBox(env));
                row.add(new StrutBox(-nullDelimiter, 0, 0, 0));
                if (right != null) {
                    row.add(new MathJaxBig(right, size).createBox(env));
                }
                return row;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return fence.createBox(env);
            }
        }
    }

    /** {@code \left…\right}: spaced as an inner atom before it, as a closing symbol after it (MathJax's fenced
     *  row passes its closing fence on as the previous atom); right after a fraction, no space before it (MathJax's
     *  fraction has no class of its own to space by). */
    static final class ClosedFence extends Atom {
        private final FencedAtom fence;
        private final int leftType;

        ClosedFence(FencedAtom fence, boolean afterFraction) {
            this.fence = fence;
            this.type = TeXConstants.TYPE_INNER;
            this.leftType = afterFraction ? TeXConstants.TYPE_OPENING : TeXConstants.TYPE_INNER;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            if (FENCE_LEFT == null || FENCE_RIGHT == null || FENCE_MIDDLE == null || FENCED_BASE == null) {
                return fence.createBox(env);
            }
            try {
                return fenced(env, (Atom) FENCED_BASE.get(fence), (SymbolAtom) FENCE_LEFT.get(fence),
                        (List<?>) FENCE_MIDDLE.get(fence), (SymbolAtom) FENCE_RIGHT.get(fence));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return fence.createBox(env);
            }
        }

        /** JLaTeXMath's {@code FencedAtom} layout, with MathJax's delimiter sizes. */
        private static Box fenced(TeXEnvironment env, Atom base, SymbolAtom left, List<?> middle, SymbolAtom right) {
            TeXFont tf = env.getTeXFont();
            Box content = base.createBox(env);
            float axis = tf.getAxisHeight(env.getStyle());
            float full = 2 * Math.max(content.getHeight() - axis, content.getDepth() + axis);
            float shortfall = 0.3f * SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
            float least = Math.max(full * 0.901f, full - shortfall);
            HorizontalBox row = new HorizontalBox();
            if (middle != null && !middle.isEmpty()) {
                for (Object m : middle) {
                    if (m instanceof MiddleAtom at && at.base instanceof SymbolAtom s) {
                        at.box = centred(delimiter(s.getName(), env, least, full), axis);
                    }
                }
                content = base.createBox(env); // the middle delimiters' boxes are in it now
            }
            if (left != null) {
                row.add(centred(delimiter(left.getName(), env, least, full), axis));
            }
            if (!(base instanceof SpaceAtom)) {
                row.add(Glue.get(TeXConstants.TYPE_OPENING, base.getLeftType(), env));
            }
            row.add(content);
            if (!(base instanceof SpaceAtom)) {
                row.add(Glue.get(base.getRightType(), TeXConstants.TYPE_CLOSING, env));
            }
            if (right != null) {
                row.add(centred(delimiter(right.getName(), env, least, full), axis));
            }
            return row;
        }

        @Override
        public int getLeftType() {
            return leftType;
        }

        @Override
        public int getRightType() {
            return TeXConstants.TYPE_CLOSING;
        }
    }

    /** The delimiter at least {@code least} tall: one of the font's sizes, or (as MathJax stretches it) exactly
     *  {@code full} tall where JLaTeXMath builds one of pieces; bars have no sizes beyond the normal glyph. */
    static Box delimiter(String name, TeXEnvironment env, float least, float full) {
        Box b = DelimiterFactory.create(name, env, least);
        if (BARS.contains(name) && b instanceof CharBox && b.getHeight() + b.getDepth() < least - 0.001f) {
            b = DelimiterFactory.create(name, env, full);
        }
        return b instanceof CharBox ? b : stretched(b, full);
    }

    private static final java.util.Set<String> BARS = java.util.Set.of("vert", "Vert", "lvert", "rvert", "lVert",
            "rVert", "|");

    private static Box stretched(Box b, float total) {
        float now = b.getHeight() + b.getDepth();
        return now > 0 && total > 0 && Math.abs(now - total) > 0.001f ? new ScaleBox(b, 1, total / now) : b;
    }

    private static Box centred(Box box, float axis) {
        float h = box.getHeight();
        float total = h + box.getDepth();
        box.setShift(-(total / 2 - h) - axis);
        return box;
    }

    /** {@code \big…\Bigg}: a delimiter JLaTeXMath builds of pieces (and the bars {@code |}, {@code \|}) stretched
     *  to MathJax's sizes for them, in em; the others keep the font's sizes, which are MathJax's. */
    static final class MathJaxBig extends BigDelimiterAtom {
        private static final float[] SIZES = {1.2f, 1.623f, 2.047f, 2.47f};
        private final int size;

        MathJaxBig(SymbolAtom delim, int size) {
            super(delim, size);
            this.size = size;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            Box b = DelimiterFactory.create(delim, env, size);
            if ((!(b instanceof CharBox) || BARS.contains(delim.getName())) && size >= 1 && size <= SIZES.length) {
                float target = SIZES[size - 1] * SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
                b = stretched(DelimiterFactory.create(delim.getName(), env, target), target);
            }
            HorizontalBox row = new HorizontalBox();
            row.add(centred(b, env.getTeXFont().getAxisHeight(env.getStyle())));
            return row;
        }
    }

    /** The kern between the integral signs of {@code \iint}, {@code \iiint}: MathJax's glyphs set the signs 0.528 em
     *  (0.518 in the triple one) apart in display style and 0.347 em in text style, so the kern is the sign's box
     *  (0.944, 0.61 em) less that. */
    static final class IntegralKern extends SpaceAtom {
        private final boolean triple;

        IntegralKern(boolean triple) {
            super(TeXConstants.UNIT_EM, 0, 0, 0); // a space: no glue around it in the row
            this.triple = triple;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            float em = SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
            boolean display = env.getStyle() < TeXConstants.STYLE_TEXT;
            // and the thin space JLaTeXMath's row puts after each sign (operator before an ordinary atom)
            float kern = (display ? (triple ? 0.426f : 0.416f) : 0.263f) + 1 / 6f;
            return new StrutBox(-kern * em, 0, 0, 0);
        }
    }

    /**
     * {@code \sqrt{…}} as MathJax's msqrt sets it: its 0.06 em rule, the surd at least the radicand's extent plus
     * twice the rule plus a quarter of {@code p} (the x-height in display style, the rule otherwise), the surplus of
     * a larger surd shared above and below as MathJax shares it, and 0.02 em after the radicand. JLaTeXMath's
     * clearances are TeX's on the 0.04 em rule, so its surd came a size smaller where MathJax's grows
     * ({@code \sqrt{\hat{\boldsymbol{v}}_t}}), and its box 0.03 em lower.
     */
    static final class SquareRoot extends Atom {
        /** MathJax's x-height (its font's, in em). */
        private static final float X_HEIGHT = 0.442f;
        private final Atom radicand;

        SquareRoot(Atom radicand) {
            this.radicand = radicand;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            TeXFont tf = env.getTeXFont();
            int style = env.getStyle();
            float em = SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
            float t = RULE * tf.getDefaultRuleThickness(style);
            float p = style < TeXConstants.STYLE_TEXT ? X_HEIGHT * em : t;
            HorizontalBox base = new HorizontalBox(radicand.createBox(env.crampStyle()));
            base.add(new StrutBox(0.02f * em, 0, 0, 0));
            float h = base.getHeight();
            float surdH = h + base.getDepth() + 2 * t + p / 4;
            Box surd = DelimiterFactory.create("sqrt", env, surdH);
            float size = surd.getHeight() + surd.getDepth();
            float q = size > surdH ? (size - (surdH - 2 * t - p / 2)) / 2 : t + p / 4;
            float top = h + q + t; // the rule's top edge; the box reaches one rule higher
            surd.setShift(-(top - surd.getHeight()));
            HorizontalBox root = new HorizontalBox(surd);
            OverBar ruled = new OverBar(base, q, t); // a vertical box's baseline is its top: lowered to the base's
            ruled.setShift(-top);
            root.add(ruled);
            return root;
        }
    }

    /** {@code \hline}: drawn 0.07 em thick, as the blog's stylesheet draws MathJax's table lines (JLaTeXMath: its
     *  0.04 em rule), centred where JLaTeXMath's rule is and taking its room, so the rows stay where they were. */
    static final class TableRule extends HlineAtom {
        static final float THICKNESS = 0.07f;
        private float width;
        private float shift;

        @Override
        public void setWidth(float width) {
            super.setWidth(width);
            this.width = width;
        }

        @Override
        public void setShift(float shift) {
            super.setShift(shift);
            this.shift = shift;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            float drt = env.getTeXFont().getDefaultRuleThickness(env.getStyle());
            float thick = THICKNESS * SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
            float overhang = (thick - drt) / 2;
            // JLaTeXMath's rule box (a vertical box of the table-line type the table looks for), its rule replaced by
            // the thick one, drawn from half the excess above to half below, and the box's room left as it was
            Box vb = super.createBox(env);
            if (CHILDREN == null) {
                return vb;
            }
            try {
                ((List<?>) CHILDREN.get(vb)).clear();
            } catch (ReflectiveOperationException | RuntimeException e) {
                return vb;
            }
            vb.add(new StrutBox(0, -overhang, 0, 0));
            vb.add(new HorizontalRule(thick, width, shift, false));
            vb.add(new StrutBox(0, -overhang, 0, 0));
            vb.setHeight(drt);
            vb.setDepth(0);
            return vb;
        }
    }

    /** A column rule ({@code |} in an array's spec): 0.07 em thick like {@code \hline}, and as wide, as MathJax's
     *  column lines take that much room between the columns (JLaTeXMath: its 0.04 em rule). */
    static final class TableColumnRule extends VlineAtom {
        private final int count;
        private float height;
        private float shift;

        TableColumnRule(int count) {
            super(count);
            this.count = count;
        }

        @Override
        public void setHeight(float height) {
            super.setHeight(height);
            this.height = height;
        }

        @Override
        public void setShift(float shift) {
            super.setShift(shift);
            this.shift = shift;
        }

        @Override
        public float getWidth(TeXEnvironment env) {
            float drt = env.getTeXFont().getDefaultRuleThickness(env.getStyle());
            return count == 0 ? 0 : count * thickness(env) + (count - 1) * 2 * drt;
        }

        private static float thickness(TeXEnvironment env) {
            return TableRule.THICKNESS * SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            if (count == 0) {
                return super.createBox(env);
            }
            float drt = env.getTeXFont().getDefaultRuleThickness(env.getStyle());
            HorizontalBox rules = new HorizontalBox();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    rules.add(new StrutBox(2 * drt, 0, 0, 0));
                }
                rules.add(new HorizontalRule(height, thickness(env), shift));
            }
            return rules;
        }
    }

    /** A radicand with MathJax's room above it (its clearance uses its 0.06 em rule, TeX's the 0.04 em one: 0.0225 em
     *  more in display style, 0.025 in text style) and without the 1 mu JLaTeXMath puts after it, less MathJax's
     *  0.02 em. */
    static final class Radicand extends InPlaceOf {

        Radicand(Atom part) {
            super(part);
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            Box box = part.createBox(env);
            float em = SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
            HorizontalBox padded = new HorizontalBox(box);
            padded.add(new StrutBox(-(1 / 18f - 0.02f) * em, 0, 0, 0));
            padded.setHeight(box.getHeight() + (env.getStyle() < TeXConstants.STYLE_TEXT ? 0.0225f : 0.025f) * em);
            return padded;
        }
    }

    /** A brace's content or label, made once ahead (to size the brace) and handed out to the brace's atom. */
    static final class Measured extends InPlaceOf {
        private Box made;

        Measured(Atom part) {
            super(part == null ? new SpaceAtom(TeXConstants.UNIT_EM, 0, 0, 0) : part);
        }

        Box make(TeXEnvironment env) {
            made = part.createBox(env);
            return made;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            Box box = made != null ? made : part.createBox(env);
            made = null;
            return box;
        }
    }

    /** {@code \\underbrace}/{@code \\overbrace} with MathJax's room, brace and label gap (JLaTeXMath's atom, its
     *  kern 0). */
    static final class MathJaxBrace extends OverUnderDelimiter {
        /** MathJax's stretched brace: 0.725 em from the content's edge to the brace's far edge, at any length. */
        static final float THICKNESS = 0.725f;

        private final Measured content;
        private final String brace;
        private final boolean over;
        private LabelGap label;

        MathJaxBrace(Measured content, SymbolAtom brace, boolean over) {
            super(content, null, brace, TeXConstants.UNIT_EX, 0, over);
            this.content = content;
            this.brace = brace.getName();
            this.over = over;
            this.type = TeXConstants.TYPE_ORDINARY; // MathJax's munder/mover: no space of its own beside it
        }

        @Override
        public void addScript(Atom script) {
            label = new LabelGap(script, over);
            super.addScript(label);
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            float em = SpaceAtom.getFactor(TeXConstants.UNIT_EM, env);
            float width = content.make(env).getWidth();
            // JLaTeXMath's brace is one of cmex's sizes or built of whole pieces: thinner or thicker than MathJax's
            float thickness = DelimiterFactory.create(brace, env, width).getWidth();
            float labelWidth = 0;
            if (label != null) {
                label.em = em;
                label.shift = THICKNESS * em - thickness;
                labelWidth = label.make(over ? env.supStyle() : env.subStyle()).getWidth();
            }
            Box box = super.createBox(env);
            float overhang = (box.getWidth() - Math.max(width, labelWidth)) / 2;
            HorizontalBox kept = new HorizontalBox();
            if (overhang > 0.001f) {
                kept.add(new StrutBox(-overhang, 0, 0, 0));
                kept.add(box);
                kept.add(new StrutBox(-overhang, 0, 0, 0));
            } else {
                kept.add(box);
            }
            // the box reaches as far as MathJax's (without a label; with one, the label's gap made up for it)
            if (label == null) {
                if (over) {
                    kept.setHeight(Math.max(box.getHeight() + THICKNESS * em - thickness, 0));
                } else {
                    kept.setDepth(Math.max(box.getDepth() + THICKNESS * em - thickness, 0));
                }
            }
            return kept;
        }
    }

    /** A brace's label with room on the brace's side: MathJax's limit gaps (TeX's big_op_spacing 2 and 4 below,
     *  1 and 3 above) in the brace's em, plus what MathJax's brace is thicker than JLaTeXMath's. */
    static final class LabelGap extends Atom {
        private final Atom part;
        private final boolean over;
        private Box made;
        float em = 1;
        float shift;

        LabelGap(Atom part, boolean over) {
            this.part = part;
            this.over = over;
        }

        Box make(TeXEnvironment env) {
            Box box = part.createBox(env);
            HorizontalBox padded = new HorizontalBox(box);
            if (over) {
                padded.setDepth(Math.max(box.getDepth() + 0.111f * em, 0.2f * em) + shift);
            } else {
                // MathJax's under-limit sits 0.1 em (big_op_spacing5) closer than TeX's rule and keeps that below it
                padded.setHeight(Math.max(box.getHeight() + 0.167f * em, 0.6f * em) - 0.1f * em + shift);
                padded.setDepth(box.getDepth() + 0.1f * em);
            }
            made = padded;
            return padded;
        }

        @Override
        public Box createBox(TeXEnvironment env) {
            Box box = made != null ? made : make(env);
            made = null;
            return box;
        }
    }
}

package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Micro formulas whose box must match MathJax 3's on the blog: width, height and depth in em as MathJax's SVG
 * output gives them (measured once with mathjax-full 3.2.2, the blog's packages, and written here). Each row
 * guards one layout rule; the fidelity benchmark (docs/math.md) measures the whole corpus.
 */
class MathJaxMetricsTest {

    private static final MathEngine ENGINE = new MathEngine(0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // MathJaxAtoms: MathJax's bar runs 0.1 em of the fraction's size past numerator and denominator on each side
        "$\\frac{a}{b}$              ; 0.814 ; 0.706 ; 0.353 ; 0.02 ; 0.015",
        "$$\\frac{a}{b}$$            ; 0.969 ; 1.117 ; 0.697 ; 0.02 ; 0.015",
        // script-spacing: 0.033 em past the base, the script space after a lone subscript
        "$x_i$                       ; 0.899 ; 0.442 ; 0.158 ; 0.02 ; 0.015",
        "$x^2$                       ; 1.009 ; 0.834 ; 0.011 ; 0.03 ; 0.015",
        "$x_i^2$                     ; 1.009 ; 0.834 ; 0.292 ; 0.05 ; 0.015",
        "$y_i$                       ; 0.817 ; 0.442 ; 0.205 ; 0.02 ; 0.015",
        "$f^2$                       ; 1.040 ; 0.834 ; 0.205 ; 0.03 ; 0.015",
        "$\\alpha_t^2$               ; 1.077 ; 0.834 ; 0.268 ; 0.03 ; 0.015",
        "$V^{\\top}$                 ; 1.461 ; 0.835 ; 0.022 ; 0.03 ; 0.015",
        // arrays: no padding outside the outer columns (cases is an array here), 0.5 em inside a frame
        "$$\\begin{array}{cc}a&b\\\\c&d\\end{array}$$ ; 2.049 ; NaN ; NaN ; 0 ; 0.015",
        "$$\\begin{cases}1&x>0\\\\0&x\\le 0\\end{cases}$$ ; 4.656 ; 1.450 ; 0.950 ; 0.02 ; 0.015",
        // a cases of one column has no gap after it (the brace of three rows is 0.2 em taller than MathJax's: NaN)
        "$$\\begin{cases}a\\\\b\\\\c\\end{cases}$$ ; 1.418 ; NaN ; NaN ; 0 ; 0.015",
        "$$\\begin{array}{|c}a\\end{array}$$ ; 1.596 ; NaN ; NaN ; 0 ; 0.01",
        // a column rule takes its 0.07 em between the columns, as MathJax's (JLaTeXMath: 0.04 em)
        "$$\\begin{array}{c|c}a&b\\end{array}$$ ; 2.028 ; 0.750 ; 0.250 ; 0.01 ; 0.01",
        "$$\\left(\\begin{array}{c|c}a&b\\\\c&d\\end{array}\\right)$$ ; 3.591 ; 1.450 ; 0.950 ; 0.02 ; 0.01",
        // \hline opening and closing an array: MathJax's partial frame, 0.4 em at the sides, less between rows ruled
        "$$\\begin{array}{c}\\hline a\\\\b\\\\\\hline\\end{array}$$ ; 1.329 ; 1.933 ; 1.433 ; 0.03 ; 0.015",
        "$$\\begin{array}{c|c}\\hline a&b\\\\\\hline c&d\\\\\\hline\\end{array}$$ ; 2.919 ; 1.768 ; 1.268 ; 0.03 ; 0.01",
        // row-spacing: rows at least a strut (0.75 + 0.25 em), rowspacing 0.4 em (matrices, arrays), 0.3 em
        // (aligned, gathered), 0.2 em (cases); matrix cells in text style
        "$$\\begin{pmatrix}a\\\\b\\\\c\\end{pmatrix}$$ ; 2.279 ; 2.150 ; 1.650 ; 0.02 ; 0.015",
        "$$\\begin{matrix}a\\end{matrix}$$ ; 0.529 ; 0.750 ; 0.250 ; 0.02 ; 0.015",
        "$$\\begin{array}{c}a\\\\b\\end{array}$$ ; 0.529 ; 1.450 ; 0.950 ; 0.02 ; 0.015",
        "$$\\begin{aligned}x\\\\z\\end{aligned}$$ ; 0.572 ; 1.400 ; 0.900 ; 0.02 ; 0.015",
        "$$\\begin{aligned}a&=b\\\\c&=d\\end{aligned}$$ ; 2.383 ; 1.400 ; 0.900 ; 0.02 ; 0.015",
        "$$\\begin{gathered}a\\\\b\\end{gathered}$$ ; 0.529 ; 1.400 ; 0.900 ; 0.02 ; 0.015",
        "$$\\begin{pmatrix}\\frac{a}{b}&c\\end{pmatrix}$$ ; 3.025 ; 0.801 ; 0.301 ; 0.02 ; 0.015",
        "$$\\begin{bmatrix}1&0\\\\0&1\\end{bmatrix}$$ ; 3.056 ; 1.450 ; 0.950 ; 0.02 ; 0.015",
        // text-punctuation: text is text, no math spaces after its punctuation or around its operators
        "$\\text{s.t.}$             ; 1.339 ; 0.615 ; 0.011 ; 0.02 ; 0.015",
        "$\\text{a-b=c}$            ; 2.611 ; 0.694 ; 0.082 ; 0.09 ; 0.015",
        // and a space in text is MathJax's word space, 0.25 em (JLaTeXMath's 0.333), each one counted
        "$\\text{a b}$              ; 1.306 ; 0.694 ; 0.011 ; 0.02 ; 0.015",
        "$\\text{a  b}$             ; 1.556 ; 0.694 ; 0.011 ; 0.02 ; 0.015",
        "$\\text{if } x$            ; 1.406 ; 0.705 ; 0.011 ; 0.02 ; 0.015",
        // mathjax-aliases: a control space in math is the same 0.25 em
        "$a\\ b$                     ; 1.208 ; 0.694 ; 0.011 ; 0.02 ; 0.015",
        // row-spacing: \\[len] adds to the environment's gap (JLaTeXMath's nested raise lost the gap)
        "$$\\begin{aligned}a\\\\[5pt]b\\end{aligned}$$ ; 0.529 ; 1.650 ; 1.150 ; 0.02 ; 0.015",
        "$$\\begin{aligned}a\\\\[1em]b\\end{aligned}$$ ; 0.529 ; 1.900 ; 1.400 ; 0.02 ; 0.015",
        "$$\\begin{pmatrix}a\\\\[5pt]b\\end{pmatrix}$$ ; 2.113 ; 1.750 ; 1.250 ; 0.02 ; 0.015",
        "$$\\begin{cases}a\\\\[2pt]b\\end{cases}$$ ; 1.279 ; 1.450 ; 0.950 ; 0.02 ; 0.015",
        // row-spacing in aligned: the pairs of columns touch, 2 em between pairs, a relation at a cell edge spaced
        // on its inner side only, an empty left cell takes no room
        "$$\\begin{aligned}a&=b&c&=d\\end{aligned}$$ ; 6.578 ; 0.750 ; 0.250 ; 0.02 ; 0.015",
        "$$\\begin{aligned}a=&b\\\\c=&d\\end{aligned}$$ ; 2.105 ; 1.400 ; 0.900 ; 0.02 ; 0.015",
        "$$\\begin{aligned}&x\\\\&y\\end{aligned}$$ ; 0.572 ; 1.400 ; 0.900 ; 0.02 ; 0.015",
        "$$\\begin{aligned}a&=b\\\\&=c\\end{aligned}$$ ; 2.296 ; 1.400 ; 0.900 ; 0.02 ; 0.015",
        // display operators: the glyph centred on the axis as TeX does, boxed as MathJax (0.95 + 0.45 em)
        "$$\\sum x$$                 ; 2.183 ; 0.950 ; 0.450 ; 0.02 ; 0.015",
        "$$\\sum^n x$$               ; 2.183 ; 1.563 ; 0.450 ; 0.02 ; 0.015",
        "$$\\prod_i x$$              ; 2.017 ; 0.950 ; 1.192 ; 0.02 ; 0.015",
        "$$\\bigcup_i x$$            ; 1.850 ; 0.950 ; 1.192 ; 0.02 ; 0.015",
        // \boxed: 0.267 em from the content to the frame's outer edge (JLaTeXMath 0.69 em)
        "$$\\boxed{x}$$               ; 1.106 ; 0.709 ; 0.278 ; 0.02 ; 0.015",
        "$$\\boxed{\\frac{a}{b}}$$    ; 1.503 ; 1.384 ; 0.964 ; 0.02 ; 0.015",
        // accent-height: an accented letter's box as tall as MathJax's; its superscript stays where it was
        "$$\\bar{x}$$                 ; 0.572 ; 0.693 ; 0.011 ; 0.02 ; 0.015",
        "$$\\hat{x}^2$$               ; 1.009 ; 0.884 ; 0.011 ; 0.03 ; 0.015",
        "$$\\left(\\bar{A}\\right)$$   ; 1.944 ; 1.149 ; 0.649 ; 0.03 ; 0.02",
        // script-spacing: a superscript after an accented letter clears the letter's italic correction, as on the letter
        "$\\bar{C}^*$                ; 1.249 ; 0.956 ; 0.022 ; 0.03 ; 0.015",
        "$\\tilde{V}^2$              ; 1.265 ; 0.991 ; 0.022 ; 0.03 ; 0.015",
        "$\\bar{\\gamma}^2$          ; 1.031 ; 0.834 ; 0.216 ; 0.03 ; 0.015",
        // letter widths (LetterMetrics): a letter is its glyph plus MathJax's italic correction, in a row or alone
        // (JLaTeXMath added cmmi10's correction in a row only: zz 1.018, f alone 0.490); subscripts take it back
        "$zz$                        ; 0.930 ; 0.442 ; 0.011 ; 0.03 ; 0.01",
        "$zA$                        ; 1.215 ; 0.716 ; 0.011 ; 0.04 ; 0.01",
        "$f(x)$                      ; 1.900 ; 0.750 ; 0.250 ; 0.02 ; 0.01",
        "$z=1$                       ; 2.299 ; 0.666 ; 0.082 ; 0.01 ; 0.01",
        "$f$                         ; 0.550 ; 0.705 ; 0.205 ; 0.02 ; 0.01",
        "$ff$                        ; 1.100 ; 0.705 ; 0.205 ; 0.02 ; 0.01",
        "$V$                         ; 0.769 ; 0.683 ; 0.022 ; 0.03 ; 0.01",
        "$VV$                        ; 1.538 ; 0.683 ; 0.022 ; 0.03 ; 0.01",
        "$\\nu\\nu$                  ; 1.060 ; 0.442 ; 0.000 ; 0.02 ; 0.01",
        "$\\boldsymbol{V}$            ; 0.886 ; 0.686 ; 0.016 ; 0.02 ; 0.01",
        "$\\boldsymbol{VV}$           ; 1.772 ; 0.686 ; 0.016 ; 0.02 ; 0.01",
        "$f_i$                       ; 0.817 ; 0.705 ; 0.205 ; 0.02 ; 0.01",
        "$V_i$                       ; 0.910 ; 0.683 ; 0.158 ; 0.03 ; 0.01",
        "$\\boldsymbol{V}_i$          ; 1.005 ; 0.686 ; 0.158 ; 0.02 ; 0.01",
        "$\\boldsymbol{V}^{\\top}$     ; 1.579 ; NaN ; NaN ; 0 ; 0.01",
        "$\\nu^2$                     ; 1.018 ; 0.834 ; 0.000 ; 0.03 ; 0.01",
        // \mathcal capitals: the glyph plus cmsy10's italic correction, as MathJax boxes them (JLaTeXMath: the glyph;
        // MathJax's boxes are also taller, NaN), and script-spacing places their scripts from there
        "$\\mathcal{N}$              ; 0.979 ; NaN ; NaN ; 0 ; 0.01",
        "$\\mathcal{T}\\mathcal{T}$ ; 1.666 ; NaN ; NaN ; 0 ; 0.01",
        "$\\mathcal{F}^2$            ; 1.321 ; 0.834 ; 0.032 ; 0.04 ; 0.01",
        "$\\mathcal{N}_x$            ; 1.308 ; NaN ; NaN ; 0 ; 0.01",
        "$\\boldsymbol{\\mathcal{N}}^2$ ; 1.600 ; NaN ; NaN ; 0 ; 0.01",
        // mathjax-dots: MathJax's ⋯ is 1.172 em (JLaTeXMath's dots 1.278), also in a script; its ⋮ box is 1.3 em tall
        "$a\\cdots b$                ; 2.463 ; 0.694 ; 0.011 ; 0.02 ; 0.015",
        "$a,\\ldots b$               ; 2.741 ; 0.694 ; 0.194 ; 0.02 ; 0.015",
        "$x_{\\cdots}$               ; 1.484 ; NaN ; NaN ; 0 ; 0.015", // MathJax's ⋯ box sits above its baseline
        "$$\\begin{pmatrix}a\\\\\\vdots\\\\b\\end{pmatrix}$$ ; 2.279 ; 2.425 ; 1.925 ; 0.02 ; 0.015",
        // punctuation glue: a thin space after a comma before anything (JLaTeXMath: medium or thick before
        // operators, relations, punctuation, inner atoms)
        "$a,=b$                     ; 2.458 ; 0.694 ; 0.194 ; 0.02 ; 0.015",
        "$a,\\sum b$                ; 2.625 ; 0.750 ; 0.250 ; 0.02 ; 0.015",
        "$a,,b$                     ; 1.847 ; 0.694 ; 0.194 ; 0.02 ; 0.015",
        "$a,\\cdots,b$              ; 3.186 ; 0.694 ; 0.194 ; 0.02 ; 0.015",
        // \xrightarrow: the label plus 0.59 em (JLaTeXMath's was 1.7 em longer)
        "$\\xrightarrow{\\text{变换}}$ ; 2.003 ; NaN ; NaN ; 0 ; 0.06",
        // MathJaxAtoms: a fraction is an ordinary atom (TeX, JLaTeXMath: inner, a thin space each side) and its
        // parts clear the axis by MathJax's 3.5 (display) or 1.5 (text) × 0.06 em; after \right the spacing of a
        // closing symbol (JLaTeXMath: of an inner atom)
        "$$x\\frac{a}{b}x$$           ; 2.113 ; 1.117 ; 0.697 ; 0.02 ; 0.01",
        "$$\\frac{a}{\\bar{b}}$$      ; 0.969 ; 1.117 ; 0.916 ; 0.02 ; 0.01",
        "$\\frac{p}{q}$              ; 0.796 ; 0.790 ; 0.482 ; 0.02 ; 0.01",
        "$$\\left(\\frac{\\beta_t^2}{\\bar{\\beta}_t}\\right)$$ ; 3.027 ; 1.750 ; 1.250 ; 0.02 ; 0.01",
        "$$\\left(x\\right)b$$        ; 1.779 ; 0.750 ; 0.250 ; 0.02 ; 0.01",
        "$$\\left(x\\right)(y)$$      ; 2.618 ; 0.750 ; 0.250 ; 0.02 ; 0.01",
        "$$\\left(x\\right)^2b$$      ; 2.216 ; 0.948 ; 0.250 ; 0.03 ; 0.01",
        "$$\\frac{1}{a}\\left(x\\right)$$ ; 2.319 ; 1.342 ; 0.696 ; 0.03 ; 0.01", // no space after a fraction
        // braces: no wider than the content, 0.725 em deep at any length, the label off the brace as MathJax's
        // limits, no space beside (JLaTeXMath: cmex sizes or whole pieces, the label touching, an inner atom)
        "$$\\underbrace{a+b}_{n}x$$  ; 2.752 ; 0.694 ; 1.410 ; 0.02 ; 0.01",
        "$$\\overbrace{a+b}^{26}$$   ; 2.180 ; 2.085 ; 0.082 ; 0.02 ; 0.01",
        "$$\\underbrace{abcdefghijklmnop}$$ ; 8.022 ; 0.705 ; 0.930 ; 0.02 ; 0.01",
        "$$\\underbrace{x}_{abcdefgh}$$ ; 2.814 ; 0.442 ; 1.542 ; 0.03 ; 0.03",
        // bars have no sizes above the normal one in MathJax: stretched to the content's extent, \big…\Bigg to
        // 1.2, 1.623, 2.047, 2.47 em (JLaTeXMath: whole pieces, 1.8 em; its \big| 0.6 em)
        "$$\\left|\\frac{a}{b}\\right|$$ ; 1.635 ; 1.197 ; 0.697 ; 0.02 ; 0.01",
        "$$\\big|$$                ; 0.333 ; 0.850 ; 0.350 ; 0.02 ; 0.01",
        "$$\\Big\\Vert$$           ; 0.556 ; 1.062 ; 0.561 ; 0.02 ; 0.01",
        "$$\\Bigg|$$               ; 0.333 ; 1.485 ; 0.985 ; 0.02 ; 0.01",
        // size commands by MathJax's factors (JLaTeXMath: \small 0.9, \Large 1.4)
        "$$\\small{x}$$             ; 0.486 ; 0.376 ; 0.009 ; 0.02 ; 0.01",
        "$$\\Large{x}$$             ; 0.824 ; 0.636 ; 0.016 ; 0.03 ; 0.01",
        // integral signs with MathJax's italic corrections; \iint, \iiint as close as MathJax's glyphs
        "$$\\int x$$                ; 1.683 ; 1.361 ; 0.861 ; 0.02 ; 0.01",
        "$\\int x$                  ; 1.349 ; 0.805 ; 0.305 ; 0.02 ; 0.01",
        "$$\\iint\\gamma$$          ; 2.182 ; 1.361 ; 0.861 ; 0.02 ; 0.01",
        "$\\iint x$                 ; 1.696 ; 0.805 ; 0.305 ; 0.02 ; 0.01",
        "$$\\iiint x$$              ; 2.719 ; 1.361 ; 0.861 ; 0.02 ; 0.01",
        // script-spacing: an integral's side scripts where MathJax puts them, no medium space after (JLaTeXMath's)
        "$$\\int_0^1 x$$            ; 2.189 ; 1.559 ; 0.912 ; 0.02 ; 0.015",
        "$$\\int_0 x$$              ; 1.733 ; 1.361 ; 0.912 ; 0.02 ; 0.015",
        "$\\int_0^1 x$              ; 1.842 ; 1.004 ; 0.356 ; 0.02 ; 0.015",
        // \xrightarrow is a relation (thick spaces beside it; JLaTeXMath's arrow had none); MathJax's label stands
        // higher (NaN)
        "$$a\\xrightarrow{\\text{encoder}}b$$ ; 4.462 ; NaN ; NaN ; 0 ; 0.02", // text in a script 0.02 em wider
        // \sqrt as MathJax's msqrt: its 0.06 em rule, the surd sized to the radicand plus twice the rule plus p/4, the
        // surplus shared, 0.02 em after the radicand (JLaTeXMath: TeX's rule on 0.04 em, 1 mu after: \sqrt{x}
        // 0.860 + 0.180, and a surd a size smaller around \hat{\boldsymbol{v}}_t)
        "$$\\sqrt{x}$$              ; 1.425 ; 0.891 ; 0.169 ; 0.01 ; 0.01",
        "$\\sqrt{d}$                ; 1.373 ; 0.970 ; 0.091 ; 0.01 ; 0.01",
        "$$\\sqrt{\\bar{\\alpha}_t}$$ ; 1.998 ; 1.043 ; 0.217 ; 0.01 ; 0.01",
        "$$\\sqrt{\\hat{\\boldsymbol{v}}_t}$$ ; 1.925 ; 1.407 ; 0.453 ; 0.01 ; 0.01",
        "$\\sqrt{\\hat{\\boldsymbol{v}}_t}$ ; 1.925 ; 1.059 ; 0.201 ; 0.01 ; 0.01",
        "$$\\left(\\sqrt{\\hat{\\boldsymbol{v}}_t} + \\epsilon\\right)$$ ; 5.026 ; 1.450 ; 0.950 ; 0.01 ; 0.01",
        "$\\sqrt{\\frac{1}{2}}$        ; 1.814 ; 1.288 ; 0.573 ; 0.015 ; 0.01",
        "$$\\sqrt{\\sum_{i,j} w_{i,j}^2}$$ ; 4.162 ; 1.486 ; 1.574 ; 0.01 ; 0.01",
        // bold italic letters: their superscript clears the letter by MathJax's italic correction
        "$\\boldsymbol{V}^{\\top}$   ; 1.579 ; 0.835 ; 0.016 ; 0.02 ; 0.015",
        // one letter in a font is a character for its scripts, as MathJax's mi (JLaTeXMath: a box, the superscript
        // hung from its top, the subscript from its bottom: \mathbb{R}^n 0.720 high, \boldsymbol{y}_t 0.229 deep)
        "$\\mathbb{R}^n$             ; 1.229 ; 0.683 ; 0.000 ; 0.015 ; 0.015",
        "$\\boldsymbol{y}_t$         ; 0.928 ; 0.452 ; 0.202 ; 0.015 ; 0.015",
        "$\\boldsymbol{W}^{\\top}$   ; 1.896 ; 0.835 ; 0.017 ; 0.02 ; 0.015",
        "$\\sqrt{\\text{tr}(\\boldsymbol{W}^{\\top}\\boldsymbol{W})}$ ; 5.682 ; 0.983 ; 0.277 ; 0.01 ; 0.01",
        // glyph boxes as tall as MathJax's (its outlines: x 0.442 + 0.011, digits 0.666; cmmi10, cmr10: 0.431 + 0,
        // 0.644) and its x-height 0.442: delimiters and radicals at the thresholds take MathJax's size
        "$x$                         ; 0.572 ; 0.442 ; 0.011 ; 0.005 ; 0.01",
        "$2$                         ; 0.500 ; 0.666 ; 0.000 ; 0.005 ; 0.01",
        "$$\\left(\\min_G\\right)$$ ; 3.139 ; 1.450 ; 0.950 ; 0.01 ; 0.01",
        "$\\sqrt{1 - \\bar{\\alpha}_t^2}$ ; 3.819 ; 1.301 ; 0.559 ; 0.015 ; 0.01",
        "$\\left(\\prod_{r=s+1}^t A_r\\right)$ ; NaN ; 1.149 ; 0.649 ; 0.01 ; 0",
        // MathJax boxes = as + (0.583 + 0.082 em; cmr10's = 0.367 high, 0.133 above the baseline), and its scripts are
        // √½ of the text (JLaTeXMath 0.7): a display sum's lower limit 0.055 em deeper
        "$a=b$                       ; 2.292 ; 0.694 ; 0.082 ; 0.01 ; 0.01",
        "$$\\sum_{i=1}^n x_i$$       ; 2.510 ; 1.563 ; 1.246 ; 0.01 ; 0.01",
        "$W_{ij}$                    ; 1.562 ; 0.683 ; 0.294 ; 0.005 ; 0.003",
        // ... in a script too (0.07 em of the text: the fraction-bar rewrite's 1pt was absolute), and after \over; none
        // where there is no bar or between delimiters
        "$e^{-\\frac{x^2}{2}}$       ; 1.988 ; 1.156 ; 0.011 ; 0.01 ; 0.045",
        "$x^{\\frac{a}{b}}$          ; 1.231 ; 0.862 ; 0.011 ; 0.01 ; 0.01",
        "$${a \\over b}$$            ; 0.969 ; 1.117 ; 0.697 ; 0.01 ; 0.01",
        "$${a \\atop b}$$            ; 0.769 ; 1.117 ; 0.697 ; 0.01 ; 0.01",
        "$$\\dfrac{a}{b}$$           ; 0.969 ; 1.117 ; 0.697 ; 0.01 ; 0.01",
        // \boxed sets its content in display style, in a line too (MathJax's \fbox{$\displaystyle{#1}$})
        "$\\boxed{\\sum_i x}$         ; 2.717 ; 1.217 ; 1.459 ; 0.01 ; 0.01",
        "$\\boxed{\\frac{a}{b}}$      ; 1.503 ; 1.384 ; 0.964 ; 0.01 ; 0.01",
        // \binom, \choose, \genfrac with delimiters: MathJax's \bigg delimiters in display style, \big otherwise, no
        // null delimiter space, an ordinary atom, its parts 7 (3) × its 0.06 em rule apart (JLaTeXMath: fence sized
        // to the fraction, inner; \binom{n}{k} 2.035 × 1.150 + 0.697)
        "$$\\binom{n}{k}$$           ; 2.072 ; 1.450 ; 0.950 ; 0.01 ; 0.01",
        "$\\binom{n}{k}$             ; 1.340 ; 0.850 ; 0.353 ; 0.01 ; 0.01",
        "$$x\\binom{n}{k}x$$         ; 3.216 ; 1.450 ; 0.950 ; 0.01 ; 0.01",
        "$$a=\\binom{n}{k}+b$$       ; 5.586 ; 1.450 ; 0.950 ; 0.01 ; 0.01",
        "$2^{\\binom{n}{2}}$         ; 1.531 ; 0.964 ; 0.000 ; 0.01 ; 0.01",
    })
    void boxAsMathJax(String body, double width, double height, double depth, double heightTolerance,
                      double widthTolerance) {
        Formula f = MathEngine.prepare(body).formulas().get(0);
        Rendering.Svg svg = assertInstanceOf(Rendering.Svg.class, ENGINE.render(f, RenderStyle.PAGE));
        if (!Double.isNaN(width)) { // NaN: the width is a class not fixed yet (script sizes)
            assertEquals(width, svg.widthEm(), widthTolerance, "width of " + body);
        }
        if (!Double.isNaN(height)) { // NaN: the height is a class not fixed yet (array row spacing, frames)
            assertEquals(height, svg.heightEm() - svg.depthEm(), heightTolerance, "height of " + body);
            assertEquals(depth, svg.depthEm(), heightTolerance, "depth of " + body);
        }
    }

    /** Rules as thick as MathJax draws them: fraction bars and the radical's rule its 0.06 em (cmsy10's 0.04),
     *  {@code \\hline} and column rules the 0.07 em of the blog's stylesheet. Our SVG's user units are thousandths of an em. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "$$\\frac{a}{b}$$ ; 60",
        "$\\frac{a}{b}$ ; 60",
        "$x^{\\frac{a}{b}}$ ; 42",
        "$$\\sqrt{x}$$ ; 60",
        "$$\\dfrac{\\sqrt{x}}{2}$$ ; 60",
        "$$\\begin{array}{c}\\hline a\\\\\\hline\\end{array}$$ ; 70",
        "$$\\begin{array}{c|c}a&b\\\\c&d\\end{array}$$ ; 70",
        "$$\\left(\\begin{array}{|c||c|}\\hline a&b\\\\\\hline\\end{array}\\right)$$ ; 70",
    })
    void rulesAsThickAsMathJax(String body, String thousandths) {
        Formula f = MathEngine.prepare(body).formulas().get(0);
        Rendering.Svg svg = assertInstanceOf(Rendering.Svg.class, ENGINE.render(f, RenderStyle.PAGE));
        // a rule's thickness is its rect's smaller side (a column rule is drawn in pieces, row by row)
        java.util.regex.Matcher rect = java.util.regex.Pattern
                .compile("<rect [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"").matcher(svg.markup());
        int rules = 0;
        double thickest = 0;
        while (rect.find()) {
            double thickness = Math.min(Double.parseDouble(rect.group(1)), Double.parseDouble(rect.group(2)));
            assertTrue(thickness <= Double.parseDouble(thousandths) + 0.5, "rule of " + body + ": " + thickness);
            thickest = Math.max(thickest, thickness);
            rules++;
        }
        assertEquals(Double.parseDouble(thousandths), thickest, 0.5, "rules of " + body);
        assertTrue(rules > 0, "no rule in " + body);
    }
}

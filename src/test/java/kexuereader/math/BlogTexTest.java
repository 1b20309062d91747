package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import kexuereader.math.macro.MacroDefinition;
import kexuereader.math.macro.MacroExpander;
import kexuereader.math.macro.Macros;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the blog's MathJax rejects, in its words (each reason as mathjax-full 3.2.2 gives it for the formula). */
class BlogTexTest {

    private static final Macros MACROS = new Macros(Map.of(
            "vx", new MacroDefinition("vx", 0, null, "\\boldsymbol{x}"),
            "norm", new MacroDefinition("norm", 1, null, "\\left\\Vert #1\\right\\Vert"),
            "opt", new MacroDefinition("opt", 1, "d", "#1")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            \\bm{x}^{\\top}                               | Undefined control sequence \\bm
            \\mathds{1}                                   | Undefined control sequence \\mathds
            a\\vspace{1em}b                               | Undefined control sequence \\vspace
            \\begin{tabular}{cc}a&b\\end{tabular}          | Unknown environment 'tabular'
            {\\color{red}\\boldsymbol{M}}                  | Missing argument for \\boldsymbol
            {\\color{skyblue}\\stackrel{?}{=}}             | Missing argument for \\stackrel
            {\\color{skyblue}\\bigl[x\\bigr]}              | Missing or unrecognized delimiter for \\bigl
            {\\color {c} \\left(x\\right)}                 | Missing or unrecognized delimiter for \\left
            \\color{red}\\norm{x}                          | Missing argument for \\norm
            x^a^b                                        | Double exponent: use braces to clarify
            x_{i}^{2}_{j}                                | Double subscripts: use braces to clarify
            x^{2}'                                       | Prime causes double exponent: use braces to clarify
            \\sum_{i}^\\frac{a}{b}^{c}                    | Double exponent: use braces to clarify
            """)
    void rejects(String tex, String reason) {
        assertEquals(reason, BlogTex.rejection(tex, tex, MACROS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            \\boldsymbol{x}^{\\top}\\mathcal{N}(\\mu,\\Sigma)
            \\text{see \\bm here}\\quad\\textbf{\\require}
            x % \\bm is a comment
            \\begin{pmatrix}a\\\\b\\end{pmatrix}\\begin{aligned}a&=b\\end{aligned}
            \\begin{array}{c|c}a&b\\end{array}\\begin{CD}A@>>>B\\end{CD}
            {\\color{red}{\\boldsymbol{M}}}\\color{blue}x\\color{green}\\alpha
            \\colorbox{red}{x}\\textcolor{red}{\\boldsymbol{y}}
            \\color{red}\\vx\\color{red}\\opt
            \\left\\lvert x\\right\\rVert\\xrightarrow{a}\\coloneqq\\mathbb{R}\\pmb{x}
            \\operatorname*{argmax}_x\\bbox[yellow]{x}\\cancel{x}
            x'^2 x''_a^b x_a' {x^a}^b x^a{}^b \\left(x\\right)^2_i \\int\\limits_0^1 \\text{it's a^b^c}
            \\require{cancel}\\verb|a_b|\\unicode{x2200}\\emph{a}\\ce{H2O}
            """)
    void renders(String tex) {
        String expanded = ((MacroExpander.Expanded) MacroExpander.expand(tex, MACROS,
                SafetyLimits.DEFAULT.expansion())).tex();
        assertNull(BlogTex.rejection(tex, expanded, MACROS));
    }
}

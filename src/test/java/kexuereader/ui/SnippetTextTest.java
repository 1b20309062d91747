package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SnippetTextTest {

    @Test
    void latexLeftInASnippetShowsAsTheMarkerWithItsMatch() {
        String s = "…symbol{x}_{t-1} = \\frac{1}{\\«alpha»_t}\\left(\\boldsymbol{x}_t - \\frac{\\beta_t^2}{\\bar{\\beta}_t}"
                + "\\boldsymbol{\\epsilon…";
        assertEquals("…〔公式 «alpha»〕…", SnippetText.readable(s));
    }

    @Test
    void aFormulaCutAtTheStartAmongChineseIsMarkedAndTheTextKept() {
        String s = "$\\text{SNR}(t)=\\frac{\\alpha_t}{\\sigma_t}$ 是«信噪比», the noise schedule";
        String r = SnippetText.readable(s);
        assertEquals("〔公式〕 是«信噪比», the noise schedule", r);
        assertFalse(r.contains("\\"));
    }

    @Test
    void aMatrixWithItsMatchesIsOneMarker() {
        String s = "…R}}_n=\\begin{pmatrix}\\cos n\\«theta» & -\\sin n\\«theta»\\\\ \\sin n\\«theta» & \\cos n\\«theta»"
                + "\\end{pmatrix}$,它满足 〔公式〕";
        assertEquals("…〔公式 «theta» «theta» «theta» «theta»〕,它满足 〔公式〕", SnippetText.readable(s));
    }

    @Test
    void plainTextIsLeftAlone() {
        String s = "现在我们来讨论«SNR»的主项, x = 3 and (a, b)";
        assertEquals(s, SnippetText.readable(s));
    }
}

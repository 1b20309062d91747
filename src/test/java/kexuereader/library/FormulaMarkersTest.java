package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Search snippets show a formula as a short marker, unless the query matched inside it. */
class FormulaMarkersTest {

    @Test
    void formulasAroundAMatchBecomeMarkers() {
        String body = "现在我们记：$\\bar{A}=(I - \\epsilon A/2)^{-1}(I + \\epsilon A/2)$，那么就得到线性RNN："
                + "\\begin{equation}x_{k+1} = \\bar{A} x_k + \\bar{B} u_k\\end{equation}其中离散化步长是人为选择的超参数。";
        String snippet = Snippets.around(body, List.of("线性RNN"));
        assertTrue(snippet.contains("«线性RNN»"), snippet);
        assertTrue(snippet.contains(FormulaMarkers.MARKER), snippet);
        assertFalse(snippet.contains("\\bar"), snippet);
    }

    @Test
    void aFormulaHoldingTheMatchStaysAsWritten() {
        String snippet = Snippets.around("记号$\\mathcal{G}(z|a)$是生成函数，而$x_1$是分量。", List.of("mathcal"));
        assertTrue(snippet.contains("$\\«mathcal»{G}(z|a)$"), snippet);
        assertTrue(snippet.endsWith("而" + FormulaMarkers.MARKER + "是分量。"), snippet);
    }

    @Test
    void aDollarThatOpensNoFormulaIsText() {
        assertEquals("价格是$5,«便宜»", Snippets.around("价格是\\$5，便宜", List.of("便宜")));
    }
}

package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kexuereader.model.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles sort as a person counts: numbers by value, Arabic and Chinese alike, then pinyin. */
class TitleOrderTest {

    @TempDir
    Path dir;

    /** Before the fix titles sorted by code point: 二十八 < 二十二 < 二十九, and 17 < 18 < 6. */
    @Test
    void numbersSortByValue() {
        List<String> titles = new ArrayList<>(List.of("生成扩散模型漫谈(二十九):用DDPM来离散编码",
                "生成扩散模型漫谈(二十二):信噪比与大图生成(上)", "生成扩散模型漫谈(二十八):分步理解一致性模型",
                "生成扩散模型漫谈(九):条件控制生成结果", "Transformer升级之路:17、多模态位置编码的简单思考",
                "Transformer升级之路:6、旋转位置编码的完备性分析", "Transformer升级之路:18、RoPE的底数选择原则"));
        titles.sort(TitleOrder.COMPARATOR);
        assertEquals(List.of("Transformer升级之路:6、旋转位置编码的完备性分析",
                "Transformer升级之路:17、多模态位置编码的简单思考", "Transformer升级之路:18、RoPE的底数选择原则",
                "生成扩散模型漫谈(九):条件控制生成结果", "生成扩散模型漫谈(二十二):信噪比与大图生成(上)",
                "生成扩散模型漫谈(二十八):分步理解一致性模型", "生成扩散模型漫谈(二十九):用DDPM来离散编码"), titles);
    }

    @Test
    void numeralsThatAreWordsStayWords() {
        assertEquals("一种新的思路", TitleOrder.countingForm("一种新的思路"), "一 of 一种 counts nothing");
        assertEquals("第0000000003章", TitleOrder.countingForm("第三章"));
        assertEquals("之0000000002", TitleOrder.countingForm("之二"));
        assertEquals("(0000000005)", TitleOrder.countingForm("（五）"), "fullwidth brackets by NFKC");
        assertEquals("v0000000010", TitleOrder.countingForm("v010"));
    }

    /** A library written before step 7 gets its stored keys rewritten, so SQL's title order is by value too. */
    @Test
    void schemaStepSevenRewritesTheStoredKeys() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file); Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                library.importFile(p, null);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE article SET sort_title = display_title"); // code point order, as before
            s.execute("PRAGMA user_version = 6"); // the step before the title keys
        }
        try (Library library = Library.open(file)) {
            List<String> transformer = new ArrayList<>();
            for (ArticleSummary a : library.list(ArticleFilter.ALL, SortOrder.TITLE, false, 0, 10_000)) {
                if (a.displayTitle().startsWith("Transformer升级之路:")) {
                    transformer.add(a.displayTitle().replaceAll("、.*", ""));
                }
            }
            List<String> sorted = new ArrayList<>(transformer);
            sorted.sort(TitleOrder.COMPARATOR);
            assertEquals(sorted, transformer, "SQL and the window agree");
            assertEquals("Transformer升级之路:6", transformer.get(0), transformer.toString());
        }
    }
}

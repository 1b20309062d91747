package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kexuereader.model.Article;
import kexuereader.model.Dump;
import kexuereader.model.PublishDate;
import kexuereader.model.ReaderCount;
import kexuereader.testing.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rules of docs/architecture.md ("Merging"), each on dumps built for it. */
class MergeRulesTest {

    static final String INTRO = "历史总是惊人地相似。当初笔者在写这个系列的时候,以为自己已经搞清楚了构建ODE式扩散的一般步骤。";
    static final String OTHER = "这是另一篇完全不同的文章,它的开头和上面那篇没有任何相同之处,只是碰巧同一天发布。";

    @TempDir
    Path dir;

    private Library open() {
        return Library.open(dir.resolve("library.db"));
    }

    private static Article only(Library library) {
        List<Article> all = library.allArticles();
        assertEquals(1, all.size(), () -> "expected one article, got " + all.stream().map(Article::displayTitle).toList());
        return all.get(0);
    }

    @Test
    void sameTitleAndDateAreOneArticleKeepingEveryCountAndTheLongestBody() {
        Dump early = Dumps.listing("early.txt").entry("重温SSM(一):线性系统和HiPPO矩阵", "2024-05-24", 100, INTRO).dump();
        Dump late = Dumps.listing("late.txt").entry("重温SSM(一):线性系统和HiPPO矩阵", "2024-05-24", 90, INTRO,
                "第二段只有后来的转储才有。").dump();
        try (Library library = open()) {
            library.importDump(early, null);
            library.importDump(late, null);
            Article a = only(library);
            assertEquals(100, a.readers());
            assertEquals(List.of(new ReaderCount("early.txt", 100), new ReaderCount("late.txt", 90)), a.readerHistory());
            assertEquals(2, a.paragraphs().size(), "the longest excerpt wins");
            assertEquals(List.of("early.txt", "late.txt"), a.sources());
        }
    }

    @Test
    void aRenamedTitleIsOneArticleWithTheOtherTitleAsAlias() {
        Dump before = Dumps.listing("before.txt").entry("生成扩散模型漫谈(十四):构建ODE的一般步骤", "2022-12-15", 5000, INTRO).dump();
        Dump after = Dumps.listing("after.txt").entry("生成扩散模型漫谈(十四):构建ODE的一般步骤(上)", "2022-12-15", 9000,
                INTRO).dump();
        try (Library library = open()) {
            library.importDump(after, null);
            library.importDump(before, null);
            Article a = only(library);
            assertEquals("生成扩散模型漫谈(十四):构建ODE的一般步骤(上)", a.title(), "the title seen with most readers is the newest");
            assertEquals(List.of("生成扩散模型漫谈(十四):构建ODE的一般步骤"), a.aliases());
            assertEquals("上", a.series().suffix());
            assertEquals(a.id(), library.idForTitle("生成扩散模型漫谈(十四):构建ODE的一般步骤").orElseThrow(),
                    "an alias finds the article");
            assertEquals(1, library.search("一般步骤", ArticleFilter.ALL, 0).size());
        }
    }

    @Test
    void differentExcerptsOnTheSameDayAreDifferentArticles() {
        Dump d = Dumps.listing("d.txt")
                .entry("文章甲", "2024-01-01", 10, INTRO)
                .entry("文章乙", "2024-01-01", 20, OTHER).dump();
        try (Library library = open()) {
            library.importDump(d, null);
            assertEquals(2, library.articleCount());
        }
    }

    @Test
    void theSameTitleOnDifferentDatesIsTwoArticles() {
        Dump d = Dumps.listing("d.txt")
                .entry("年度总结", "2023-12-31", 10, INTRO)
                .entry("年度总结", "2024-12-31", 20, OTHER).dump();
        try (Library library = open()) {
            library.importDump(d, null);
            assertEquals(2, library.articleCount());
        }
    }

    @Test
    void anUntitledArchiveEntryJoinsItsTitledArticleAndFixesTheYearsOfItsDump() {
        Dump listing = Dumps.listing("listing.txt")
                .entry("生成扩散模型漫谈(十七):构建ODE的一般步骤(下)", "2023-02-23", 30000, INTRO).dump();
        Dump archive = Dumps.archive("archive.txt")
                .entry("28 Feb", null, "在前面的介绍中,我们多次提及“得分匹配”和“条件得分匹配”。")
                .entry("23 Feb", null, INTRO)
                .entry("12 Jan", "Transformer升级之路:7、长度外推性与局部注意力", "对于Transformer模型来说,其长度的外推性是我们一直在追求的良好性质。")
                .entry("28 Dec", "Transformer升级之路:6、旋转位置编码的完备性分析", "在去年的文章中,笔者提出了旋转位置编码。")
                .dump();
        for (boolean archiveFirst : new boolean[] {true, false}) {
            Path file = dir.resolve("anchor-" + archiveFirst + ".db");
            try (Library library = Library.open(file)) {
                if (archiveFirst) {
                    library.importDump(archive, null);
                    assertEquals(4, library.count(ArticleFilter.yearUnknown()), "no anchor yet: years unknown");
                    library.importDump(listing, null);
                } else {
                    library.importDump(listing, null);
                    library.importDump(archive, null);
                }
                assertEquals(4, library.articleCount());
                Article anchored = library.article(library.idForTitle("生成扩散模型漫谈(十七):构建ODE的一般步骤(下)")
                        .orElseThrow()).orElseThrow();
                assertEquals(PublishDate.of(2023, 2, 23), anchored.date());
                assertEquals(List.of("archive.txt", "listing.txt"), anchored.sources());
                assertEquals(PublishDate.of(2023, 1, 12), dateOf(library, "Transformer升级之路:7、长度外推性与局部注意力"));
                assertEquals(PublishDate.of(2022, 12, 28), dateOf(library, "Transformer升级之路:6、旋转位置编码的完备性分析"),
                        "Dec after Jan is the year before");
                assertEquals(0, library.count(ArticleFilter.yearUnknown()));
            }
        }
    }

    @Test
    void anArchiveExcerptOpeningWithAShortTitleOrHeadingStillJoinsItsArticle() {
        Dump listing = Dumps.listing("listing.txt")
                .entry("从零开始的MoE", "2025-03-01", 900, "这一篇从最简单的情形讲起,先不考虑负载均衡。", "第二段。").dump();
        Dump archive = Dumps.archive("archive.txt")
                .entry("1 Mar", null, "从零开始的MoE", "这一篇从最简单的情形讲起,先不考虑负载均衡。").dump();
        try (Library library = open()) {
            library.importDump(listing, null);
            library.importDump(archive, null);
            Article a = only(library);
            assertEquals("从零开始的MoE", a.title());
            assertEquals(PublishDate.of(2025, 3, 1), a.date());
            assertEquals(List.of("archive.txt", "listing.txt"), a.sources());
        }
    }

    @Test
    void withoutAnAnchorTheYearStaysUnknownUnlessTheUserGivesIt() {
        Dump archive = Dumps.archive("archive.txt")
                .entry("3 Jan", "新年第一篇:从零开始的训练", INTRO)
                .entry("20 Dec", "去年最后一篇:年度回顾", OTHER).dump();
        try (Library library = open()) {
            library.importDump(archive, null);
            assertFalse(dateOf(library, "新年第一篇:从零开始的训练").isYearKnown());
            assertEquals("01-03", dateOf(library, "新年第一篇:从零开始的训练").display());
            ImportResult again = library.importDump(archive, 2025);
            assertTrue(again.alreadyPresent());
            assertEquals(PublishDate.of(2025, 1, 3), dateOf(library, "新年第一篇:从零开始的训练"));
            assertEquals(PublishDate.of(2024, 12, 20), dateOf(library, "去年最后一篇:年度回顾"));
            assertEquals(2, library.articleCount());
        }
    }

    @Test
    void aYearHintGivenAtImportApplies() {
        Dump archive = Dumps.archive("archive.txt").entry("3 Jan", "新年第一篇:从零开始的训练", INTRO).dump();
        try (Library library = open()) {
            library.importDump(archive, 2021);
            assertEquals(PublishDate.of(2021, 1, 3), dateOf(library, "新年第一篇:从零开始的训练"));
        }
    }

    @Test
    void anUntitledArticleShowsATitleDerivedFromItsFirstSentence() {
        Dump archive = Dumps.archive("archive.txt").entry("16 Feb", null, "前言",
                "昨天在Arixv上发现了Google新发的一篇论文,主要是讲自动搜索优化器的。更多内容在后面。").dump();
        try (Library library = open()) {
            library.importDump(archive, null);
            Article a = only(library);
            assertNull(a.title());
            assertTrue(a.titleDerived());
            assertEquals("昨天在Arixv上发现了Google新发的一篇论文…", a.displayTitle(), "cut at a clause, marked");
        }
    }

    @Test
    void aRejectedFileChangesNothing() {
        try (Library library = open()) {
            ImportResult r = library.importDump(kexuereader.ingest.DumpParser.parse("bad.txt", new byte[0]), null);
            assertFalse(r.accepted());
            assertEquals("rejected bad.txt: empty file", r.summary());
            assertEquals(0, library.sources().size());
        }
    }

    private static PublishDate dateOf(Library library, String title) {
        return library.article(library.idForTitle(title).orElseThrow()).orElseThrow().date();
    }
}

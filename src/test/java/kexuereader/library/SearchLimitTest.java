package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kexuereader.testing.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search cut at a limit returns exactly the first hits of the uncut search, in the same order with the same
 * snippets, also when ranks tie across the cut (identical texts rank the same; the id decides).
 */
class SearchLimitTest {

    @Test
    void aLimitCutsTheFullRankingEvenThroughTies(@TempDir Path dir) {
        Dumps.Listing listing = Dumps.listing("ties.txt");
        for (int i = 1; i <= 12; i++) {
            // the same body, month-days apart so they stay twelve articles: twelve equal ranks
            listing.entry("第" + i + "篇笔记", String.format("2020-%02d-%02d", i, i), 100 + i,
                    "甲乙丙丁" + (char) ('戊' + i) + "。这是关于扩散模型的讨论,扩散过程很重要。", "采样是另一回事。");
        }
        for (int i = 0; i < 150; i++) {
            // a tie longer than any look-ahead: same body length, same title length, same day
            listing.entry(String.format("同日笔记%03d", i), "2022-07-08", 50, (char) ('一' + i)
                    + "乙丙丁戊。这是关于扩散模型的讨论,扩散过程很重要。", "采样是另一回事。");
        }
        listing.entry("扩散模型的标题", "2021-03-04", 7, "乙丙丁戊己。扩散模型,扩散模型,扩散模型。", "采样。");
        listing.entry("无关", "2021-05-06", 7, "丙丁戊己庚。扩散一次。", "采样与讨论。");
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importDump(listing.dump(), null);
            for (String q : List.of("扩散", "扩散模型", "扩散 讨论", "扩散模型 采样", "模")) {
                List<SearchHit> all = library.search(q, ArticleFilter.ALL, 0);
                assertTrue(all.size() >= 160, q);
                for (int k = 1; k <= all.size() + 1; k++) {
                    List<SearchHit> cut = library.search(q, ArticleFilter.ALL, k);
                    assertEquals(all.subList(0, Math.min(k, all.size())), cut, q + " limit " + k);
                }
            }
        }
    }
}

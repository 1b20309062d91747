package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kexuereader.ingest.TextKeys;
import kexuereader.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search over the seed library finds exactly what a plain substring search over titles, aliases and bodies
 * finds (after NFKC, Latin case folded, LaTeX's control words left out), for queries of every length, and ranks
 * and marks its hits.
 */
class SearchTest {

    static Path dir;
    static Library library;
    static List<Article> articles;

    @BeforeAll
    static void importSeeds() throws IOException {
        dir = Files.createTempDirectory("search-test");
        library = Library.open(dir.resolve("library.db"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                library.importFile(p, null);
            }
        }
        articles = library.allArticles();
    }

    @AfterAll
    static void close() {
        library.close();
    }

    static String haystack(Article a) {
        return SearchText.withoutControlWords(TextKeys.nfkc(a.displayTitle() + "\n" + String.join("\n", a.aliases())
                + "\n" + a.body()).toLowerCase(Locale.ROOT));
    }

    static Set<String> bySubstring(String query) {
        List<String> terms = List.of(TextKeys.nfkc(query).toLowerCase(Locale.ROOT).trim().split("\\s+"));
        return articles.stream().filter(a -> terms.stream().allMatch(t -> haystack(a).contains(t)))
                .map(Article::id).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> bySearch(String query) {
        return library.search(query, ArticleFilter.ALL, 0).stream().map(SearchHit::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void randomSubstringsOfEveryLengthFindWhatASubstringSearchFinds() {
        Random random = new Random(7);
        int checked = 0;
        for (int length = 1; length <= 6; length++) {
            for (int i = 0; i < 120; i++) {
                Article a = articles.get(random.nextInt(articles.size()));
                String text = SearchText.withoutControlWords(random.nextInt(4) == 0 ? a.displayTitle() : a.body());
                if (text.length() <= length) {
                    continue;
                }
                int at = random.nextInt(text.length() - length);
                String q = text.substring(at, at + length);
                if (q.isBlank() || q.chars().anyMatch(Character::isWhitespace)
                        || Character.isSurrogate(q.charAt(0)) || Character.isSurrogate(q.charAt(q.length() - 1))) {
                    continue;
                }
                Set<String> expected = bySubstring(q);
                assertFalse(expected.isEmpty());
                assertEquals(expected, bySearch(q), "query '" + q + "'");
                checked++;
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"扩", "散", "扩散", "扩散模", "扩散模型", "生成扩散模型漫谈", "矩阵", "阵", "蒸馏",
            "RoPE", "rope", "ROPE", "Ro", "e", "LoRA", "lora-ga", "MoE", "S4", "ODE", "(S4)", "$", "\\boldsymbol",
            "二十五", "上", "(上)", "（上）", "《", "扩散 采样", "Muon Adam", "Transformer 位置", "得分匹配",
            "W距离", "≤", "Nyström", "nystrom", "最近评论", "引用", "点击阅读全文"})
    void chosenQueriesFindWhatASubstringSearchFinds(String query) {
        assertEquals(bySubstring(query), bySearch(query), "query '" + query + "'");
    }

    @Test
    void aFormulaIsFoundByItsWordsNotByItsControlWords() {
        Set<String> softmax = bySearch("argtop");
        assertTrue(articles.stream().anyMatch(a -> a.body().contains("\\text{argtop}")), "the seeds write it");
        assertTrue(articles.stream().filter(a -> a.body().contains("\\text{argtop}")).map(Article::id)
                .allMatch(softmax::contains), "\\text{argtop} is found by argtop");
        assertTrue(bySearch("\\boldsymbol").isEmpty(), "no one searches for LaTeX's commands");
        assertTrue(bySearch("oldsym").isEmpty(), "not even for a part of one");
    }

    @Test
    void chromeIsNotSearchable() {
        assertTrue(bySearch("点击阅读全文").isEmpty());
        assertTrue(bySearch("最近评论").isEmpty());
    }

    @Test
    void titleMatchesRankFirstAndSnippetsMarkTheHit() {
        List<SearchHit> hits = library.search("HiPPO", ArticleFilter.ALL, 5);
        assertTrue(hits.get(0).article().displayTitle().contains("HiPPO"));
        for (SearchHit h : hits) {
            assertTrue(h.snippet().toLowerCase(Locale.ROOT).contains("«hippo»"), h.snippet());
        }
        assertEquals(2, library.search("HiPPO", ArticleFilter.ALL, 2).size(), "limit");
    }

    /** The window's way (hits first, snippets for the rows shown) gives what one eager search gives. */
    @ParameterizedTest
    @ValueSource(strings = {"扩散", "的", "e", "RoPE", "lora-ga", "f(x)", "$", "扩散 采样", "HiPPO", "二十五"})
    void hitsThenSnippetsGiveWhatSearchGives(String query) {
        for (ArticleFilter filter : List.of(ArticleFilter.ALL, ArticleFilter.series("生成扩散模型漫谈"))) {
            for (int limit : new int[] {0, 3}) {
                List<SearchHit> eager = library.search(query, filter, limit);
                List<SearchHit> lazy = library.hits(query, filter, limit);
                assertEquals(eager.stream().map(SearchHit::id).toList(), lazy.stream().map(SearchHit::id).toList(),
                        query + " " + filter + " " + limit);
                assertTrue(lazy.stream().allMatch(h -> h.snippet() == null), "no snippet cut");
                var snippets = library.snippets(query, lazy.stream().map(SearchHit::id).toList());
                for (SearchHit h : eager) {
                    assertEquals(h.snippet(), snippets.get(h.id()), query + " in " + h.id());
                }
            }
        }
        assertTrue(library.snippets(query, List.of("no-such-article")).isEmpty());
        assertTrue(library.snippets(query, List.of()).isEmpty());
    }

    @Test
    void searchWithinASeries() {
        List<SearchHit> hits = library.search("模型", ArticleFilter.series("MoE环游记"), 0);
        assertEquals(2, hits.size());
        assertTrue(hits.stream().allMatch(h -> h.article().series().series().equals("MoE环游记")));
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertTrue(library.search("   ", ArticleFilter.ALL, 0).isEmpty());
    }
}

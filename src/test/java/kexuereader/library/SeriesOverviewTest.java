package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series lists its parts in order, with gaps for parts the numbering implies or other articles cite. */
class SeriesOverviewTest {

    @Test
    void theDiffusionSeriesOfTheSeeds(@TempDir Path dir) throws IOException {
        try (Library library = Library.open(dir.resolve("l.db"))) {
            try (Stream<Path> s = Files.list(Path.of("seeds"))) {
                for (Path p : s.sorted().toList()) {
                    library.importFile(p, null);
                }
            }
            SeriesOverview o = library.seriesOverview("生成扩散模型漫谈");
            List<String> present = o.slots().stream().filter(x -> !x.isGap()).map(SeriesOverview.Slot::label).toList();
            assertEquals(List.of("16", "22上", "23下", "24", "25上", "26下", "27", "28", "29"), present);
            List<String> gaps = o.slots().stream().filter(SeriesOverview.Slot::isGap)
                    .map(x -> x.label() + (x.referencedAs() == null ? "" : "=" + x.referencedAs())).toList();
            assertTrue(gaps.contains("1") && gaps.contains("2") && gaps.contains("3"), gaps.toString());
            assertTrue(gaps.contains("4=生成扩散模型漫谈(四):DDIM = 高观点DDPM"), gaps.toString());
            assertTrue(gaps.contains("5=生成扩散模型漫谈(五):一般框架之SDE篇"), gaps.toString());
            assertTrue(gaps.contains("5=生成扩散模型漫谈(五):一般框架之ODE篇"), gaps.toString());
            assertTrue(gaps.contains("14上=生成扩散模型漫谈(十四):构建ODE的一般步骤(上)"), gaps.toString());
            assertTrue(gaps.contains("14中=生成扩散模型漫谈(十四):构建ODE的一般步骤(中)"), gaps.toString());
            assertTrue(gaps.contains("17下=生成扩散模型漫谈(十七):构建ODE的一般步骤(下)"), gaps.toString());
            assertTrue(gaps.contains("21=生成扩散模型漫谈(二十一):中值定理加速ODE采样"), gaps.toString());
            assertTrue(gaps.stream().noneMatch(g -> g.startsWith("22") || g.startsWith("25") || g.startsWith("27")),
                    "cited parts the library holds are no gaps: " + gaps);
            List<Integer> order = o.slots().stream().map(SeriesOverview.Slot::part).toList();
            for (int i = 1; i < order.size(); i++) {
                assertTrue(order.get(i - 1) <= order.get(i), "parts in order: " + order);
            }

            List<SeriesSummary> series = library.series();
            assertEquals("MoE环游记", series.get(0).name(), "newest series first");
            assertEquals(9, series.stream().filter(x -> x.name().equals("生成扩散模型漫谈")).findFirst().orElseThrow()
                    .articles());
        }
    }
}

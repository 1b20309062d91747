package kexuereader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kexuereader.model.SeriesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeriesRulesTest {

    private final SeriesRules rules = SeriesRules.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            生成扩散模型漫谈(二十三):信噪比与大图生成(下)          | 生成扩散模型漫谈 | 23 | 下
            生成扩散模型漫谈（二十三）：信噪比与大图生成（下）       | 生成扩散模型漫谈 | 23 | 下
            生成扩散模型漫谈(二十五):基于恒等式的蒸馏(上)          | 生成扩散模型漫谈 | 25 | 上
            生成扩散模型漫谈(十六):W距离 ≤ 得分匹配               | 生成扩散模型漫谈 | 16 | -
            生成扩散模型漫谈(九十九):最后一篇                      | 生成扩散模型漫谈 | 99 | -
            Transformer升级之路:17、多模态位置编码的简单思考       | Transformer升级之路 | 17 | -
            Transformer升级之路：2、博采众长的旋转式位置编码       | Transformer升级之路 | 2 | -
            MoE环游记:1、从几何意义出发                            | MoE环游记 | 1 | -
            MoE环游记：3、换个思路来分配                           | MoE环游记 | 3 | -
            MuP之上:1. 积跬步以至千里                              | MuP之上 | 1 | -
            重温SSM(二):HiPPO的一些遗留问题                       | 重温SSM | 2 | -
            重温SSM(三):HiPPO的高效计算(S4)                      | 重温SSM | 3 | -
            低秩近似之路(五):CUR                                   | 低秩近似之路 | 5 | -
            “闭门造车”之多模态思路浅谈(二):自回归                 | “闭门造车”之多模态思路浅谈 | 2 | -
            对齐全量微调!这是我看过最精彩的LoRA改进(一)           | 对齐全量微调!这是我看过最精彩的LoRA改进 | 1 | -
            对齐全量微调！这是我看过最精彩的LoRA改进（二）         | 对齐全量微调!这是我看过最精彩的LoRA改进 | 2 | -
            细水长flow之TARFLOW:流模型满血归来?                    | 细水长flow | - | -
            细水长flow之NICE:流模型的基本概念与实现                | 细水长flow | - | -
            """)
    void readsSeriesAndPart(String title, String series, Integer part, String suffix) {
        assertEquals(Optional.of(new SeriesPart(series, part, suffix)), rules.match(title.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monarch矩阵:计算高效的稀疏型矩阵分解", "变分自编码器 = 最小化先验分布 + 最大化互信息",
            "“Cool Papers + 站内搜索”的一些新尝试", "Muon续集:为什么我们选择尝试Muon?", "HiPPO的高效计算(S4)",
            "时空之章:将Attention视为平方复杂度的RNN", "通向概率分布之路:盘点Softmax及其替代品", "从谱范数梯度到新式权重衰减的思考",
            "一篇文章(上)", ""})
    void otherTitlesAreNoSeries(String title) {
        assertTrue(rules.match(title).isEmpty(), title);
    }

    @Test
    void aUserFileAddsRulesDisablesDefaultsAndExcludesTitles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(SeriesRules.USER_FILE), """
                rules:
                  - name: topic-prefix
                    pattern: '^(?<series>从动力学角度看优化算法)[::](?<part>\\d+)$'
                disable: [flow-series]
                not-series:
                  - '^重温SSM'
                """, StandardCharsets.UTF_8);
        SeriesRules user = SeriesRules.forLibraryDirectory(dir);
        assertEquals(Optional.of(new SeriesPart("从动力学角度看优化算法", 7, null)), user.match("从动力学角度看优化算法:7"));
        assertTrue(user.match("细水长flow之TARFLOW:流模型满血归来?").isEmpty());
        assertTrue(user.match("重温SSM(二):HiPPO的一些遗留问题").isEmpty());
        assertEquals(23, user.match("生成扩散模型漫谈(二十三):信噪比与大图生成(下)").orElseThrow().part());
    }

    @Test
    void aMalformedUserFileIsReportedWithItsName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(SeriesRules.USER_FILE), "rules:\n  - name: broken\n    pattern: '(?<series>'\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeriesRules.forLibraryDirectory(dir));
        assertTrue(e.getMessage().contains(SeriesRules.USER_FILE) && e.getMessage().contains("broken"), e.getMessage());
    }

    @Test
    void noUserFileMeansTheDefaults(@TempDir Path dir) {
        assertEquals(SeriesRules.defaults(), SeriesRules.forLibraryDirectory(dir));
    }
}

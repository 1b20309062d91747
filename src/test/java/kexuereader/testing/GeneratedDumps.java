package kexuereader.testing;

import java.util.Random;

/**
 * Large listing-page dumps made up for load and crash tests: many entries over many dates, with formulas and
 * 《…》 citations like the blog's, and, when two dumps share a range of numbers, the same articles seen twice with
 * other reader counts (so importing the second merges into articles the first made).
 */
public final class GeneratedDumps {

    private GeneratedDumps() {
    }

    /** A listing dump of the articles numbered {@code from} (inclusive) to {@code to} (exclusive). */
    public static String listing(int from, int to, long countSeed) {
        Random r = new Random(countSeed);
        Dumps.Listing dump = Dumps.listing("generated");
        for (int i = from; i < to; i++) {
            int year = 2012 + (i / 365) % 13;
            int dayOfYear = i % 365;
            int month = 1 + dayOfYear / 31 % 12;
            int day = 1 + dayOfYear % 28;
            String date = String.format("%d-%02d-%02d", year, month, day);
            dump.entry("生成测试系列(" + i + "):第" + i + "篇关于$\\alpha_" + i + "$的讨论", date, 100 + r.nextInt(100_000),
                    "这是第" + i + "篇文章的开头,讨论了$x_{" + i + "}^2 + y^2 = z^2$在《生成测试系列(" + (i + 1)
                            + "):第" + (i + 1) + "篇》中的推广。",
                    "第二段:\\begin{equation}\\sum_{k=1}^{" + i + "} k = \\frac{" + i + "(" + i + "+1)}{2}\\end{equation}",
                    "第三段," + "随机的正文内容".repeat(1 + r.nextInt(12)) + "编号" + i + "。");
        }
        return dump.text();
    }
}

package kexuereader.model;

import java.util.Objects;

/**
 * Where a title sits in a series: {@code 生成扩散模型漫谈(二十三):…(下)} is part 23 of 生成扩散模型漫谈, suffix 下.
 *
 * @param series the series name
 * @param part   the part number, or {@code null} for a series whose titles carry none (细水长flow之…)
 * @param suffix 上, 中 or 下 when the part is itself split, else {@code null}
 */
public record SeriesPart(String series, Integer part, String suffix) {

    public SeriesPart {
        Objects.requireNonNull(series, "series");
    }

    /** {@code 23}, {@code 23下}, or empty when unnumbered. */
    public String partLabel() {
        if (part == null) {
            return suffix == null ? "" : suffix;
        }
        return suffix == null ? part.toString() : part + suffix;
    }
}

package kexuereader.math;

import kexuereader.math.svg.SvgImage;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered formulas, least recently used first out, bounded both in entries and in total characters of SVG so
 * its memory stays bounded however large the formulas. Keyed by what determines the output: the LaTeX given to
 * JLaTeXMath (already holding the article's macros, expanded), style, colour and size. Thread-safe.
 */
final class RenderCache {

    /** What determines a rendering. */
    record Key(String latex, boolean displayStyle, String color, double fontSizePx) {
    }

    /** A cached outcome: the image for SVGs (to re-wrap display numbers), or the failure reason. */
    record Entry(SvgImage image, Rendering.Svg svg, String failure) {

        long weight() {
            return svg == null ? 64 + (failure == null ? 0 : failure.length()) : 2L * svg.markup().length();
        }
    }

    private final int maxEntries;
    private final long maxChars;
    private long chars;
    private final LinkedHashMap<Key, Entry> map = new LinkedHashMap<>(256, 0.75f, true);

    RenderCache(int maxEntries, long maxChars) {
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    synchronized Entry get(Key key) {
        return maxEntries == 0 ? null : map.get(key);
    }

    synchronized void put(Key key, Entry entry) {
        if (maxEntries == 0 || entry.weight() > maxChars) {
            return;
        }
        Entry old = map.put(key, entry);
        if (old != null) {
            chars -= old.weight();
        }
        chars += entry.weight();
        Iterator<Map.Entry<Key, Entry>> it = map.entrySet().iterator();
        while ((map.size() > maxEntries || chars > maxChars) && it.hasNext()) {
            chars -= it.next().getValue().weight();
            it.remove();
        }
    }

    synchronized int size() {
        return map.size();
    }

    synchronized void clear() {
        map.clear();
        chars = 0;
    }
}

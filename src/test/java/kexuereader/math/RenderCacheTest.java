package kexuereader.math;

import kexuereader.math.svg.SvgImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RenderCacheTest {

    private static Formula f(String latex) {
        return Formula.of("$" + latex + "$", false, latex);
    }

    @Test
    void reopeningAnArticleCostsNothing() {
        MathEngine engine = new MathEngine();
        Rendering first = engine.render(f("\\frac{a}{b}"), RenderStyle.PAGE);
        Rendering second = engine.render(f("\\frac{a}{b}"), RenderStyle.PAGE);
        assertSame(first, second);
        assertEquals(1, engine.cachedCount());
    }

    @Test
    void keyIncludesStyleColourAndSize() {
        MathEngine engine = new MathEngine();
        Rendering page = engine.render(f("x"), RenderStyle.PAGE);
        assertNotSame(page, engine.render(f("x"), RenderStyle.withColor("#000000")));
        assertNotSame(page, engine.render(f("x"), new RenderStyle(RenderStyle.Mode.DISPLAY, "currentColor", 0)));
        assertNotSame(page, engine.render(f("x"), new RenderStyle(RenderStyle.Mode.AUTO, "currentColor", 16)));
        assertEquals(4, engine.cachedCount());
    }

    @Test
    void leastRecentlyUsedIsEvicted() {
        MathEngine engine = new MathEngine(2);
        Rendering a = engine.render(f("a"), RenderStyle.PAGE);
        engine.render(f("b"), RenderStyle.PAGE);
        engine.render(f("a"), RenderStyle.PAGE); // a is now the most recent
        engine.render(f("c"), RenderStyle.PAGE); // evicts b
        assertEquals(2, engine.cachedCount());
        assertSame(a, engine.render(f("a"), RenderStyle.PAGE));
    }

    @Test
    void boundedByCharactersToo() {
        RenderCache cache = new RenderCache(100, 1_000);
        SvgImage image = new SvgImage("x".repeat(300), 0, 1, 1, 0, "currentColor", 0);
        for (int i = 0; i < 5; i++) {
            cache.put(new RenderCache.Key("k" + i, false, "currentColor", 0),
                    new RenderCache.Entry(image, MathEngine.svg(image), null));
        }
        assertTrue(cache.size() <= 1, "size " + cache.size());
        assertNull(cache.get(new RenderCache.Key("k0", false, "currentColor", 0)));
    }

    @Test
    void cacheCanBeTurnedOff() {
        MathEngine engine = new MathEngine(0);
        engine.render(f("x"), RenderStyle.PAGE);
        assertEquals(0, engine.cachedCount());
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        MathEngine engine = new MathEngine(50);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        Rendering r = engine.render(f("x_{" + ((i * 7 + seed) % 80) + "}"), RenderStyle.PAGE);
                        assertTrue(r instanceof Rendering.Svg);
                    }
                }));
            }
            for (Future<?> fu : futures) {
                fu.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(engine.cachedCount() <= 50);
    }
}

package kexuereader.math;

import kexuereader.math.svg.SvgImage;

/**
 * The formula engine: prepares article bodies (segments, macros, numbers, rewrites) and renders their formulas
 * to SVG, with a bounded cache. One engine serves the whole application and may be used from several threads
 * at once; rendering runs on the caller's thread (render off the JavaFX thread).
 *
 * <pre>{@code
 * ArticleMath math = MathEngine.prepare(article.body());
 * MathEngine engine = MathEngine.shared();
 * Rendering r = engine.render(formula, RenderStyle.PAGE);       // Svg or Failure
 * }</pre>
 */
public final class MathEngine {

    /** Default cache bounds: plenty for re-opening recent articles, tens of megabytes at most. */
    public static final int DEFAULT_CACHE_ENTRIES = 20_000;
    private static final long DEFAULT_CACHE_CHARS = 24L * 1024 * 1024;

    private static final class Shared {
        static final MathEngine INSTANCE = new MathEngine(DEFAULT_CACHE_ENTRIES);
    }

    private final SafetyLimits limits;
    private final SvgRenderer renderer;
    private final RenderCache cache;

    /** An engine with the default cache and limits. */
    public MathEngine() {
        this(DEFAULT_CACHE_ENTRIES);
    }

    /** An engine caching up to {@code cacheEntries} renderings; 0 turns the cache off (for benchmarks). */
    public MathEngine(int cacheEntries) {
        this(cacheEntries, SafetyLimits.DEFAULT);
    }

    public MathEngine(int cacheEntries, SafetyLimits limits) {
        if (cacheEntries < 0) {
            throw new IllegalArgumentException("cache size must not be negative");
        }
        this.limits = limits;
        this.renderer = new SvgRenderer(limits);
        this.cache = new RenderCache(cacheEntries, DEFAULT_CACHE_CHARS);
    }

    /** The application-wide engine. */
    public static MathEngine shared() {
        return Shared.INSTANCE;
    }

    /**
     * Starts the one-time set-up (JLaTeXMath's tables, the CJK font search) in the background, so the first
     * article opens without waiting for it. Optional: rendering does it on first use anyway.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(MathEngine::warmUp, "kexue-reader-math-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The one-time set-up, then one tiny formula rendered to SVG by a throwaway engine, so the renderer's own
     * first use is paid too and the shared cache stays as it was. Blocks; safe to call more than once.
     */
    public static void warmUp() {
        JlmRuntime.ensureReady();
        new MathEngine(0).render(Formula.of("x^2", false, "x^2"), RenderStyle.PAGE);
    }

    /** Prepares an article body with the default limits. Pure text work, linear in the body's length. */
    public static ArticleMath prepare(String body) {
        return prepare(body, SafetyLimits.DEFAULT);
    }

    public static ArticleMath prepare(String body, SafetyLimits limits) {
        return new ArticleMath(new ArticlePreparer(limits).prepare(body).paragraphs());
    }

    /** Renders a formula; never throws for any formula. Cached. */
    public Rendering render(Formula formula, RenderStyle style) {
        return render(formula, style, null);
    }

    private Rendering render(Formula formula, RenderStyle style, RenderBudget budget) {
        RenderCache.Entry e = entry(formula, style, budget);
        return e.svg() != null ? e.svg() : new Rendering.Failure(formula.source(), e.failure());
    }

    /**
     * Renders a display formula and its number column with the same height and baseline, so the page can set
     * them side by side, tops aligned, and each number lands beside its row.
     */
    public DisplayRendering renderDisplay(Segment.Display display, RenderStyle style) {
        return renderDisplay(display, style, null);
    }

    private DisplayRendering renderDisplay(Segment.Display display, RenderStyle style, RenderBudget budget) {
        RenderCache.Entry body = entry(display.formula(), style, budget);
        if (display.tagColumn() == null) {
            return new DisplayRendering(toRendering(display.formula(), body), null);
        }
        RenderCache.Entry tags = entry(display.tagColumn(), style, budget);
        if (body.image() == null || tags.image() == null) {
            return new DisplayRendering(toRendering(display.formula(), body), toRendering(display.tagColumn(), tags));
        }
        double height = Math.max(body.image().height(), tags.image().height());
        double depth = Math.max(body.image().depth(), tags.image().depth());
        return new DisplayRendering(svg(body.image().withExtent(height, depth)),
                svg(tags.image().withExtent(height, depth)));
    }

    /**
     * Renderings for one page (an article shown or exported) under one budget: once the page's formulas have
     * taken {@link SafetyLimits#maxPageMillis()} or drawn {@link SafetyLimits#maxPageSvgChars()}, its further
     * uncached formulas are failures, so no page can hold the thread that builds it. Make one per page.
     */
    public Page page() {
        return new Page(new RenderBudget(limits));
    }

    /** {@link #render} and {@link #renderDisplay} sharing one page's budget. */
    public final class Page {

        private final RenderBudget budget;

        private Page(RenderBudget budget) {
            this.budget = budget;
        }

        public Rendering render(Formula formula, RenderStyle style) {
            return MathEngine.this.render(formula, style, budget);
        }

        public DisplayRendering renderDisplay(Segment.Display display, RenderStyle style) {
            return MathEngine.this.renderDisplay(display, style, budget);
        }
    }

    /** How many renderings the cache holds. */
    public int cachedCount() {
        return cache.size();
    }

    SafetyLimits limits() {
        return limits;
    }

    private static Rendering toRendering(Formula f, RenderCache.Entry e) {
        return e.svg() != null ? e.svg() : new Rendering.Failure(f.source(), e.failure());
    }

    private RenderCache.Entry entry(Formula formula, RenderStyle style, RenderBudget budget) {
        if (!formula.isRenderable()) {
            return new RenderCache.Entry(null, null, formula.problem());
        }
        boolean displayStyle = style.displayStyle(formula);
        RenderCache.Key key = new RenderCache.Key(formula.latex(), displayStyle, style.color(), style.fontSizePx());
        RenderCache.Entry cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        String skipped = budget == null ? null : budget.exhausted();
        if (skipped != null) {
            return new RenderCache.Entry(null, null, skipped); // not cached: the budget is the page's, not the formula's
        }
        long start = System.nanoTime();
        SvgRenderer.Result r = renderer.render(formula.latex(), displayStyle, style.color(), style.fontSizePx());
        if (budget != null) {
            budget.spend(System.nanoTime() - start,
                    r instanceof SvgRenderer.Drawn d ? d.image().markup().length() : 0);
        }
        RenderCache.Entry entry = r instanceof SvgRenderer.Drawn d
                ? new RenderCache.Entry(d.image(), svg(d.image()), null)
                : new RenderCache.Entry(null, null, ((SvgRenderer.Refused) r).reason());
        cache.put(key, entry);
        return entry;
    }

    static Rendering.Svg svg(SvgImage image) {
        return new Rendering.Svg(image.markup(), image.width(), image.height() + image.depth(), image.depth());
    }
}

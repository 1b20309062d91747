package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's logic, tested without starting the toolkit: list, search, sidebar, settings, import. */
class ViewModelTest {

    @TempDir
    Path dir;
    Library library;
    final Executor direct = Runnable::run;

    @BeforeEach
    void open() throws IOException {
        library = Library.open(dir.resolve("library.db"));
        try (var s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                library.importFile(p, null);
            }
        }
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theListFollowsFilterOrderAndSearch() {
        ArticleListModel m = new ArticleListModel(LibraryService.direct(library));
        m.refresh();
        assertEquals(32, m.rows().size());
        assertEquals("32 articles", m.statusProperty().get());
        assertEquals("Muon续集:为什么我们选择尝试Muon?", m.rows().get(0).article().displayTitle());

        m.sortBy(SortOrder.READERS, false);
        assertEquals(143976, m.rows().get(0).article().readers());
        m.sortBy(SortOrder.DATE, true);
        assertEquals("时空之章:将Attention视为平方复杂度的RNN", m.rows().get(0).article().displayTitle(),
                "oldest first; unknown years still last");

        m.filterProperty().set(ArticleFilter.series("重温SSM"));
        assertEquals(2, m.rows().size());
        assertEquals("2 articles in 重温SSM", m.statusProperty().get());

        m.filterProperty().set(ArticleFilter.ALL);
        m.search("扩散");
        assertTrue(m.searchingProperty().get());
        assertTrue(m.rows().size() > 5);
        assertTrue(m.rows().stream().allMatch(r -> r.snippet() != null && r.snippet().contains("«扩散»")));
        assertEquals(List.of("扩散"), m.searchTermsProperty().get());

        m.search("");
        assertEquals(32, m.rows().size());
        assertTrue(m.rows().stream().allMatch(r -> r.snippet() == null));
    }

    @Test
    void aStaleSearchResultIsDropped() {
        java.util.List<Runnable> later = new java.util.ArrayList<>();
        ArticleListModel m = new ArticleListModel(LibraryService.on(library, later::add, direct));
        m.search("扩散");
        m.search("矩阵");
        assertEquals(2, later.size());
        later.get(1).run();
        later.get(0).run(); // the older query finishes last: it must not replace the newer result
        assertTrue(m.statusProperty().get().contains("矩阵"), m.statusProperty().get());
    }

    @Test
    void theSearchAsksNoSnippetUntilARowIsShown() {
        java.util.List<Runnable> later = new java.util.ArrayList<>();
        ArticleListModel m = new ArticleListModel(LibraryService.on(library, later::add, direct));
        m.search("扩散");
        later.remove(0).run();
        assertTrue(m.rows().size() > 5);
        assertTrue(later.isEmpty(), "the hits came without snippets");
        assertEquals("", m.rows().get(0).snippet(), "an empty line while the snippet is read");
        later.remove(0).run();
        assertTrue(m.rows().get(0).snippet().contains("«扩散»"), m.rows().get(0).snippet());
    }

    @Test
    void aHitsSnippetIsReadWhenItsRowIsShownAPageAtATime() {
        java.util.List<Runnable> later = new java.util.ArrayList<>();
        LibraryService service = LibraryService.on(library, later::add, direct);
        var found = library.hits("的", ArticleFilter.ALL, 0).stream().map(h -> h.article()).toList();
        assertTrue(found.size() > 20, "hits: " + found.size());
        SearchHitRows rows = new SearchHitRows(service, "的", found, 10);

        java.util.List<Integer> updated = new java.util.ArrayList<>();
        rows.addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        updated.add(i);
                    }
                }
            }
        });
        assertEquals("", rows.get(1).snippet());
        rows.get(2);
        assertEquals(1, later.size(), "one read for the page of rows 0..9");
        later.remove(0).run();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), updated);
        assertEquals(library.search("的", ArticleFilter.ALL, 0).get(1).snippet(), rows.get(1).snippet());
        assertTrue(later.isEmpty(), "a page read is not read again");
        assertEquals(found.get(15).id(), rows.article(15).id());
        assertEquals(15, rows.indexOf(found.get(15).id()));
        assertTrue(later.isEmpty(), "finding a row reads no snippet");

        rows.get(10);
        assertEquals(1, later.size(), "the next page when its row is shown");
        rows.discard(); // the window shows another list before that page is read: it reads nothing
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        library.checkEveryCall(calls::incrementAndGet);
        later.remove(0).run();
        library.checkEveryCall(null);
        assertEquals(0, calls.get(), "a discarded page asks the library nothing");

        rows.stateChanged(found.get(3).id(), true, true);
        assertTrue(rows.get(3).article().starred());
        assertEquals(3, updated.get(updated.size() - 1));
    }

    @Test
    void sortingHitsByAColumnKeepsThemFiltered() {
        ArticleListModel m = new ArticleListModel(LibraryService.direct(library));
        m.search("HiPPO");
        int hits = m.rows().size();
        m.sortByUser(SortOrder.DATE, false);
        assertEquals(hits, m.rows().size());
        for (int i = 1; i < hits; i++) {
            assertTrue(m.rows().get(i - 1).article().date().compareTo(m.rows().get(i).article().date()) >= 0);
        }
    }

    @Test
    void hitsSortedByTitleFollowTheLibrarysTitleOrder() {
        ArticleListModel m = new ArticleListModel(LibraryService.direct(library));
        m.search("的");
        m.sortByUser(SortOrder.TITLE, false);
        List<String> hits = m.rows().stream().map(ArticleRow::id).toList();
        assertTrue(hits.size() > 10, hits.toString());
        List<String> listed = library.list(ArticleFilter.ALL, SortOrder.TITLE, false, 0, 0).stream()
                .map(a -> a.id()).filter(hits::contains).toList();
        assertEquals(listed, hits, "one title order, in SQL and in Java");
    }

    @Test
    void theSidebarListsSeriesNewestFirstAndYearsUnknownLast() {
        SidebarModel m = new SidebarModel(LibraryService.direct(library), null);
        assertEquals(32, m.sections().all().count());
        assertEquals("MoE环游记", m.sections().series().get(0).name());
        List<SidebarItem.Year> years = m.sections().years();
        assertEquals(Integer.valueOf(2025), years.get(0).year());
        assertNull(years.get(years.size() - 1).year());
        assertEquals(8, years.get(years.size() - 1).count());
        List<List<SidebarItem.Part>> got = new java.util.ArrayList<>();
        m.parts("MoE环游记", got::add);
        List<SidebarItem.Part> parts = got.get(0);
        assertEquals(List.of("1  从几何意义出发", "2  不患寡而患不均"), parts.stream().map(SidebarItem::label).toList());
    }

    @Test
    void readAndStarChangesAreOptimisticOneWriteEachAndKeptInOrder() {
        String id = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 1).get(0).id();
        List<Runnable> writes = new java.util.ArrayList<>();
        List<String> shown = new java.util.ArrayList<>();
        ArticleStateModel m = new ArticleStateModel(LibraryService.on(library, writes::add, direct),
                new ArticleStateModel.Shown() {
                    @Override
                    public void state(String article, kexuereader.library.UserState s) {
                        shown.add(s.read() + "/" + s.starred());
                    }

                    @Override
                    public void kept() {
                    }
                }, problem -> { throw new AssertionError(problem); });
        m.opening(id);
        m.known(id, library.userState(id));
        m.markRead();      // the page was shown
        m.toggleRead();    // U before that write is kept: back to unread
        m.toggleRead();    // U again, quickly: read
        m.toggleStar();
        assertEquals(List.of("true/false", "false/false", "true/false", "true/true"), shown, "shown at once");
        assertEquals(4, writes.size(), "one write per change");
        assertEquals(kexuereader.library.UserState.NEW, library.userState(id), "nothing written yet");
        writes.forEach(Runnable::run);
        kexuereader.library.UserState stored = library.userState(id);
        assertTrue(stored.read() && stored.starred(), "every change kept, in order: " + stored);
        assertEquals(stored, m.stateProperty().get());
    }

    @Test
    void aChangeBeforeTheStateIsKnownAppliesToTheStoredState() {
        String id = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 1).get(0).id();
        library.setStarred(id, true);
        ArticleStateModel m = new ArticleStateModel(LibraryService.direct(library), new ArticleStateModel.Shown() {
            @Override
            public void state(String article, kexuereader.library.UserState s) {
            }

            @Override
            public void kept() {
            }
        }, problem -> { throw new AssertionError(problem); });
        m.opening(id);      // U right after opening: the page, and with it the state, is still on its way
        m.toggleRead();
        assertTrue(library.userState(id).read());
        assertTrue(library.userState(id).starred(), "the star stays: the change is made to what is stored");
    }

    @Test
    void settingsSurviveARoundTrip() {
        Settings s = Settings.load(dir);
        s.themeProperty().set(Settings.Theme.DARK);
        s.zoomProperty().set(1.3);
        s.lastArticleProperty().set("abc123def456");
        s.windowWidthProperty().set(1234);
        assertNull(s.save());
        Settings back = Settings.load(dir);
        assertEquals(Settings.Theme.DARK, back.themeProperty().get());
        assertEquals(1.3, back.zoomProperty().get(), 1e-9);
        assertEquals("abc123def456", back.lastArticleProperty().get());
        assertEquals(1234, back.windowWidthProperty().get(), 1e-9);
    }

    @Test
    void damagedSettingsMeanDefaultsAndANote() throws IOException {
        Files.writeString(dir.resolve(Settings.FILE), "theme: [unclosed\nzoom: {");
        Settings s = Settings.load(dir);
        assertEquals(Settings.Theme.LIGHT, s.themeProperty().get());
        assertTrue(s.problem() != null && s.problem().contains(Settings.FILE));
        Files.writeString(dir.resolve(Settings.FILE), "zoom: 99\n");
        assertEquals(Settings.MAX_ZOOM, Settings.load(dir).zoomProperty().get(), 1e-9, "clamped");
    }

    @Test
    void importExpandsFoldersAndReportsEachFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("dumps"));
        Files.copy(Path.of("seeds/000_e3142876857722e2.txt"), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("notes.html"), "not a dump");
        Files.writeString(folder.resolve("page.md"), "a captured article page");
        Files.write(folder.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        List<Path> files = ImportModel.expand(List.of(folder));
        assertEquals(List.of(folder.resolve("a.txt"), folder.resolve("b.txt"), folder.resolve("page.md")), files,
                "dumps (.txt) and page captures (.md), nothing else");
        ImportModel m = new ImportModel(library);
        ImportModel.Outcome a = m.importOne(files.get(0));
        ImportModel.Outcome b = m.importOne(files.get(1));
        assertTrue(a.accepted());
        assertEquals("already in the library: a.txt", a.summary());
        assertEquals("rejected b.txt: binary file (PNG image), not a text dump", b.summary());
        assertEquals("Imported 1 of 2 files; 1 rejected", ImportModel.headline(List.of(a, b)));
    }
}

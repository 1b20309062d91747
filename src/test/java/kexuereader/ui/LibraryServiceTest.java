package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boundary between the window and the library: results after closing are dropped; pages arrive later. */
class LibraryServiceTest {

    @TempDir
    Path dir;
    Library library;

    @BeforeEach
    void open() throws java.io.IOException {
        library = Library.open(dir.resolve("library.db"));
        try (var s = java.nio.file.Files.list(Path.of("seeds"))) {
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
    void aResultArrivingAfterCloseIsDroppedAndAQueuedReadNeverRuns() {
        List<Runnable> lane = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        LibraryService service = LibraryService.on(library, lane::add, fx::add);
        List<Integer> got = new ArrayList<>();
        int[] ran = new int[1];
        service.read(l -> l.articleCount(), got::add);
        service.read(l -> ++ran[0], got::add);
        lane.get(0).run();            // the call ran; its result waits for the FX thread
        service.close();              // the window closes, then the library
        fx.forEach(Runnable::run);
        lane.get(1).run();
        fx.forEach(Runnable::run);
        assertEquals(List.of(), got, "no callback once closed");
        assertEquals(0, ran[0], "a read asked for before closing does not run after it");
        service.read(l -> ++ran[0], got::add);
        assertEquals(2, lane.size(), "nothing is queued once closed");
    }

    @Test
    void aWriteAskedForBeforeClosingIsStillKept() {
        List<Runnable> lane = new ArrayList<>();
        LibraryService service = LibraryService.on(library, lane::add, Runnable::run);
        String id = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 1).get(0).id();
        service.call(LibraryService.Lane.WRITE, l -> l.updateState(id,
                s -> new kexuereader.library.UserState(s.read(), true, s.position())), s -> { }, e -> { });
        service.close();
        lane.forEach(Runnable::run);
        assertTrue(library.userState(id).starred());
    }

    @Test
    void aPageNotYetReadShowsBlankRowsUntilItArrives() {
        List<Runnable> lane = new ArrayList<>();
        LibraryService service = LibraryService.on(library, lane::add, Runnable::run);
        PagedArticles list = new PagedArticles(service, ArticleFilter.ALL, SortOrder.DATE, false,
                new PagedArticles.Start(32, List.of()));
        List<Integer> updated = new ArrayList<>();
        list.addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    updated.add(c.getTo() - c.getFrom());
                }
            }
        });
        assertNull(list.get(3), "blank while the page is read");
        assertNull(list.get(4));
        assertEquals(1, lane.size(), "one read per page");
        lane.get(0).run();
        assertEquals(List.of(32), updated, "the table is told the page's rows changed");
        assertEquals(library.list(ArticleFilter.ALL, SortOrder.DATE, false, 3, 1).get(0).id(), list.get(3).id());
    }

    @Test
    void aRowsStateChangeKeepsItsIndexOnlyMarkAndTheFirstHeldRowIsFound() {
        assertTrue(library.importFile(Path.of("src/test/resources/kexuereader/ingest/pages/archive-index-2023-2025.md"),
                null).accepted());
        LibraryService service = LibraryService.direct(library);
        PagedArticles list = new PagedArticles(service, ArticleFilter.ALL, SortOrder.DATE, false,
                PagedArticles.Start.read(library, ArticleFilter.ALL, SortOrder.DATE, false));
        assertTrue(list.get(0).article().indexOnly(), "the newest post is known from the index only");
        list.stateChanged(list.get(0).id(), false, true);
        assertTrue(list.get(0).article().starred());
        assertTrue(list.get(0).article().indexOnly(), "starring it leaves it index-only");

        int[] found = {-2};
        list.locateFirst(a -> !a.indexOnly(), 5000, i -> found[0] = i);
        assertTrue(found[0] > 0, "the first held row is further down: " + found[0]);
        assertTrue(!list.get(found[0]).article().indexOnly());
        for (int i = 0; i < found[0]; i++) {
            assertTrue(list.get(i).article().indexOnly(), "row " + i + " comes before the first held one");
        }
    }
}

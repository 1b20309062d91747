package kexuereader.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import kexuereader.model.Dump;

/**
 * Runs the window's imports on the service's write lane: files in batches of {@link #FILES_PER_CALL} per call,
 * each batch imported as the command line does ({@link ImportModel#importAll}: parsed ahead, many files a
 * transaction), so a read or star change waits for one batch at most, and closing the window stops the import
 * after the batch under way. It publishes whether an import runs, its progress and its message (per file, as
 * each batch is committed), and hands the report to {@code finished} on the FX thread.
 */
final class ImportController {

    private final LibraryService service;
    private final ImportModel model;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    ImportController(LibraryService service) {
        this.service = service;
        this.model = new ImportModel(service.library());
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Files per call on the write lane: as many as the library writes in one transaction, so batching loses
     * nothing, and few enough that a state change or the window's closing waits little.
     */
    static final int FILES_PER_CALL = 64;

    /** Imports files in their order, in batches; false when an import already runs. */
    boolean importFiles(List<Path> files, Consumer<List<ImportModel.Outcome>> finished) {
        if (importing.get()) {
            return false;
        }
        importing.set(true);
        progress.set(0);
        nextBatch(files, 0, new ArrayList<>(), finished);
        return true;
    }

    private void nextBatch(List<Path> files, int from, List<ImportModel.Outcome> outcomes,
                           Consumer<List<ImportModel.Outcome>> finished) {
        if (from == files.size()) {
            done(outcomes, finished);
            return;
        }
        List<Path> batch = List.copyOf(files.subList(from, Math.min(files.size(), from + FILES_PER_CALL)));
        showNext(files, from);
        Consumer<ImportModel.Outcome> each = service.onFx(outcome -> {
            outcomes.add(outcome);
            progress.set(outcomes.size() / (double) files.size());
            if (outcomes.size() < files.size()) {
                showNext(files, outcomes.size());
            }
        });
        // ImportModel turns a library's refusal into an outcome; anything else stops the import with its reason
        service.call(LibraryService.Lane.WRITE, library -> {
            model.importAll(batch, each);
            return batch.size();
        }, n -> nextBatch(files, from + n, outcomes, finished),
                e -> stopped(String.valueOf(files.get(Math.min(outcomes.size(), files.size() - 1))), e, outcomes,
                        finished));
    }

    private void showNext(List<Path> files, int index) {
        message.set(Messages.format("import.progress.count",
                Messages.format("import.progress.file", files.get(index).getFileName()), index + 1, files.size()));
    }

    /** Imports the bundled sample's dumps. */
    boolean importSample(List<Dump> dumps, Consumer<List<ImportModel.Outcome>> finished) {
        return run(dumps, d -> Messages.format("import.progress.sample", d.fileName()), model::importDump, finished);
    }

    private <T> boolean run(List<T> items, Function<T, String> what, Function<T, ImportModel.Outcome> one,
                            Consumer<List<ImportModel.Outcome>> finished) {
        if (importing.get()) {
            return false;
        }
        importing.set(true);
        progress.set(0);
        next(items, 0, new ArrayList<>(), what, one, finished);
        return true;
    }

    private <T> void next(List<T> items, int done, List<ImportModel.Outcome> outcomes, Function<T, String> what,
                          Function<T, ImportModel.Outcome> one, Consumer<List<ImportModel.Outcome>> finished) {
        if (done == items.size()) {
            done(outcomes, finished);
            return;
        }
        T item = items.get(done);
        message.set(Messages.format("import.progress.count", what.apply(item), done + 1, items.size()));
        // ImportModel turns a library's refusal into an outcome; anything else stops the import with its reason
        service.call(LibraryService.Lane.WRITE, library -> one.apply(item), outcome -> {
            outcomes.add(outcome);
            progress.set((done + 1) / (double) items.size());
            next(items, done + 1, outcomes, what, one, finished);
        }, e -> stopped(String.valueOf(item), e, outcomes, finished));
    }

    private void done(List<ImportModel.Outcome> outcomes, Consumer<List<ImportModel.Outcome>> finished) {
        importing.set(false);
        message.set("");
        finished.accept(List.copyOf(outcomes));
    }

    /** An import stopped by an error the model does not turn into an outcome: reported on the file it stopped at. */
    private void stopped(String item, RuntimeException e, List<ImportModel.Outcome> outcomes,
                         Consumer<List<ImportModel.Outcome>> finished) {
        outcomes.add(new ImportModel.Outcome(item, false, Messages.format("import.stopped", e.getMessage()),
                List.of()));
        done(outcomes, finished);
    }
}

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
 * Runs the window's imports: one file per call on the service's write lane, so each file is its own
 * transaction and a read or star change waits for one file at most. It publishes whether an import runs, its
 * progress and its message, and hands the report to {@code finished} on the FX thread.
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

    /** Imports files one after the other; false when an import already runs. */
    boolean importFiles(List<Path> files, Consumer<List<ImportModel.Outcome>> finished) {
        return run(files, f -> Messages.format("import.progress.file", f.getFileName()), model::importOne, finished);
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
            importing.set(false);
            message.set("");
            finished.accept(List.copyOf(outcomes));
            return;
        }
        T item = items.get(done);
        message.set(Messages.format("import.progress.count", what.apply(item), done + 1, items.size()));
        // ImportModel turns a library's refusal into an outcome; anything else stops the import with its reason
        service.call(LibraryService.Lane.WRITE, library -> one.apply(item), outcome -> {
            outcomes.add(outcome);
            progress.set((done + 1) / (double) items.size());
            next(items, done + 1, outcomes, what, one, finished);
        }, e -> {
            importing.set(false);
            message.set("");
            outcomes.add(new ImportModel.Outcome(String.valueOf(item), false, Messages.format("import.stopped", e.getMessage()),
                    List.of()));
            finished.accept(List.copyOf(outcomes));
        });
    }
}

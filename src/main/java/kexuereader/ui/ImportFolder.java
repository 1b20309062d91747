package kexuereader.ui;

import java.io.File;

/** Where the import dialog opens: the folder of the last import, if it is still a folder. */
final class ImportFolder {

    private ImportFolder() {
    }

    /** The saved folder as a directory the dialog can open, or null (never saved, moved, deleted, a file). */
    static File usable(String saved) {
        if (saved == null || saved.isBlank()) {
            return null;
        }
        File f = new File(saved);
        // a chooser given a folder that is gone refuses to open at all on some platforms
        return f.isDirectory() ? f : null;
    }
}

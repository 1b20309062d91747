package kexuereader.ingest;

/** Opens {@link FileNames}' decoding to tests in other packages. */
public final class FileNamesAccess {

    private FileNamesAccess() {
    }

    public static String percentDecoded(String s) {
        return FileNames.percentDecoded(s);
    }
}

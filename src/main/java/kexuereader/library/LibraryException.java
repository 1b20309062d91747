package kexuereader.library;

/**
 * A problem with the library a person can understand and act on: the file is not a library, is from a newer
 * version, is read-only, is busy. The message names the file and is fit to show as is.
 */
public final class LibraryException extends RuntimeException {

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}

package kexuereader.cli;

/**
 * A failure the user can act on, reported as one line on stderr without a stack trace.
 * Commands throw it for bad arguments or unusable files; {@link Cli} prints it and exits with {@link #exitCode()}.
 */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(String message) {
        this(message, 1);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    public int exitCode() {
        return exitCode;
    }
}

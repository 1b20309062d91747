package kexuereader.math;

/** Turns JLaTeXMath's exceptions into the short reasons a reader sees beside a failed formula. */
final class FailureReason {

    private static final int MAX_LENGTH = 160;

    private FailureReason() {
    }

    static String of(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "cannot render (" + e.getClass().getSimpleName() + ")";
        }
        String m = message.strip();
        int newline = m.indexOf('\n');
        if (newline > 0) {
            m = m.substring(0, newline).strip();
        }
        m = m.replace("Unknown symbol or command or predefined TeXFormula: ", "unknown command \\")
                .replace("'", "");
        if (m.length() > MAX_LENGTH) {
            m = m.substring(0, MAX_LENGTH - 1) + "…";
        }
        return m;
    }
}

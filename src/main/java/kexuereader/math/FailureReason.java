package kexuereader.math;

/** Turns JLaTeXMath's exceptions into the short reasons a reader sees beside a failed formula. */
final class FailureReason {

    private static final int MAX_LENGTH = 160;

    private FailureReason() {
    }

    static String of(Throwable e) {
        // JLaTeXMath wraps the real problem in "Problem with command X at position …" layers: the innermost
        // message names what is wrong
        Throwable inner = e;
        int depth = 0;
        while (inner.getCause() != null && inner.getCause() != inner && depth++ < 32) {
            String m = inner.getCause().getMessage();
            if (m == null || m.isBlank()) {
                break;
            }
            inner = inner.getCause();
        }
        return describe(inner);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "cannot render (" + e.getClass().getSimpleName() + ")";
        }
        // "Problem with command X at position …" lines wrap the real message, which comes last
        String m = null;
        for (String line : message.strip().split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && (m == null || !l.startsWith("Problem with command"))) {
                m = l;
            }
        }
        m = m.replace("@@env", "");
        m = m.replace("Unknown symbol or command or predefined TeXFormula: ", "unknown command \\")
                .replace("'", "");
        if (m.length() > MAX_LENGTH) {
            m = m.substring(0, MAX_LENGTH - 1) + "…";
        }
        return m;
    }
}

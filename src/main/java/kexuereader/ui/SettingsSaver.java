package kexuereader.ui;

import java.util.function.Consumer;

/**
 * Saves the settings and says when that fails: once per problem (saving runs after every change, and a
 * read-only folder would say it at each), and again when a new problem follows a success.
 */
final class SettingsSaver {

    private final Settings settings;
    private final Consumer<String> report;
    private String lastProblem;

    SettingsSaver(Settings settings, Consumer<String> report) {
        this.settings = settings;
        this.report = report;
    }

    /** Saves; a new problem goes to the report. Returns it, or null when the settings were saved. */
    String save() {
        String problem = settings.save();
        if (problem != null && !problem.equals(lastProblem)) {
            report.accept(problem);
        }
        lastProblem = problem;
        return problem;
    }
}

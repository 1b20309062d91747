package kexuereader.math;

import java.util.Objects;

/**
 * One article body for the formula commands, under a label that names it in their output
 * ({@code FAIL <label>#3: …}). Its macros are scoped to it.
 *
 * @param label what names the article in reports, e.g. its id or file name
 * @param body  the body: paragraphs separated by blank lines
 */
public record Document(String label, String body) {

    public Document {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(body, "body");
    }
}

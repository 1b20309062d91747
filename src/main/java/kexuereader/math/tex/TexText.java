package kexuereader.math.tex;

/** Puts plain text (a tag's text, a reference number) safely inside {@code \text{…}}. */
public final class TexText {

    private TexText() {
    }

    /** Escapes the characters that are special inside {@code \text}: {@code # $ % & _ { } \ ^ ~}. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '#', '$', '%', '&', '_', '{', '}' -> out.append('\\').append(c);
                case '\\' -> out.append("\\backslash ");
                case '^' -> out.append("\\hat{}");
                case '~' -> out.append("\\sim ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

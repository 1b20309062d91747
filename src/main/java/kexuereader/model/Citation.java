package kexuereader.model;

import java.util.regex.Pattern;

/** How an article's text names another: its title in 《…》, on one line, at most 120 characters. */
public final class Citation {

    /** A citation; group 1 is the title cited. */
    public static final Pattern PATTERN = Pattern.compile("《([^《》\\n]{1,120})》");

    private Citation() {
    }
}

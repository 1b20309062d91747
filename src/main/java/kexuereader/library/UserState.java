package kexuereader.library;

/**
 * What the user has made of an article: read or not, starred or not, and where they stopped reading.
 *
 * @param read     whether it has been read
 * @param starred  whether it is starred
 * @param position where reading stopped, as the reading pane records it (an anchor, not a pixel offset), or null
 */
public record UserState(boolean read, boolean starred, String position) {

    /** An article the user has not touched. */
    public static final UserState NEW = new UserState(false, false, null);
}

package kexuereader.ui;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * What the window shows until it is built: the list as it will stand ({@link FirstFrame}, drawn from texts, or
 * {@link PictureFrame}, the picture of that frame the last window left), with a place for the first article.
 */
interface StartFrame {

    /** The node to show until the real window is built. */
    Parent root();

    /** Shows the reading pane (its first article) where the window will show it, until the window is built. */
    void showReading(Node pane);

    /** Whether the frame shows rows of the list (an empty library shows none until the sample is imported). */
    boolean hasRows();
}

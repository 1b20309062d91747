package kexuereader.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The first frame as the picture the last window left of it ({@link StartPicture}): one image where the text
 * frame has a hundred texts to style and lay out, with the reading pane's place kept for the first article. The
 * window replaces it as it replaces the text frame. Should the scene not get the size the picture was drawn for
 * (a window manager that places windows its own way), the frame says so ({@link #fits}) and the start draws the
 * text frame instead.
 */
final class PictureFrame implements StartFrame {

    /** The picture without its pixels, which the image holds: what it was drawn for. */
    private final StartPicture drawnFor;
    private final Pane root = new Pane();
    private final boolean hasRows;

    PictureFrame(StartPicture picture, boolean hasRows) {
        this.drawnFor = picture.withoutPixels();
        this.hasRows = hasRows;
        ImageView view = new ImageView(picture.image());
        // one image pixel to one screen pixel: the picture was drawn at this screen's scale
        view.setFitWidth(picture.sceneWidth());
        view.setFitHeight(picture.sceneHeight());
        view.setSmooth(false);
        view.setManaged(false);
        root.getStyleClass().add("first-frame");
        root.getChildren().add(view);
    }

    /** Whether the scene it stands in has the size and scale the picture was drawn for. */
    boolean fits(double width, double height, double scale) {
        return drawnFor.fitsScene(width, height, scale);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void showReading(Node pane) {
        // a holder of its own takes the place, so the pane stays managed for the window that takes it over
        Rectangle2D r = drawnFor.reading();
        StackPane holder = new StackPane(pane);
        holder.setManaged(false);
        holder.resizeRelocate(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
        root.getChildren().add(holder);
    }

    @Override
    public boolean hasRows() {
        return hasRows;
    }
}

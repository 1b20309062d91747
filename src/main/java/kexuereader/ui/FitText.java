package kexuereader.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A line of text in a width, cut with an ellipsis as a label cuts it, for the first frame: a {@link Text} is a
 * shape, without a label's skin, and its CSS is a few properties, so a frame of a hundred of them costs less to
 * make and to style than one of labels. The text is cut again when the width or the font (set by CSS) changes.
 */
final class FitText {

    private FitText() {
    }

    /** {@code full} in {@code width} (less {@code padding} on each side), aligned as {@code align}. */
    static Text of(String full, ObservableDoubleValue width, double padding, TextAlignment align) {
        Text t = new Text(full);
        t.getStyleClass().add("first-frame-text");
        t.setUserData(full);
        t.setTextAlignment(align);
        Runnable fit = () -> {
            double room = Math.max(0, width.get() - 2 * padding);
            t.setWrappingWidth(room);
            t.setText(clip(full, t.getFont(), room));
        };
        width.addListener(o -> fit.run());
        t.fontProperty().addListener(o -> fit.run());
        fit.run();
        return t;
    }

    /** {@code full} as a label of {@code width} would show it in {@code font}: whole, or cut with "…". */
    static String clip(String full, javafx.scene.text.Font font, double width) {
        return com.sun.javafx.scene.control.skin.Utils.computeClippedText(font, full, width,
                OverrunStyle.ELLIPSIS, "…");
    }
}

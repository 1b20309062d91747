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
        try {
            return com.sun.javafx.scene.control.skin.Utils.computeClippedText(font, full, width,
                    OverrunStyle.ELLIPSIS, "…");
        } catch (IllegalAccessError e) {
            return cut(full, font, width); // JavaFX on the module path without the export
        }
    }

    /** The longest start of {@code full} that fits with "…" after it (whole if it fits), measured by a Text. */
    static String cut(String full, javafx.scene.text.Font font, double width) {
        Text probe = new Text(full);
        probe.setFont(font);
        if (probe.getLayoutBounds().getWidth() <= width) {
            return full;
        }
        int lo = 0;
        int hi = full.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            probe.setText(full.substring(0, mid) + "…");
            if (probe.getLayoutBounds().getWidth() <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(full.charAt(lo - 1))) {
            lo--; // never half a character
        }
        return lo == 0 ? "…" : full.substring(0, lo) + "…";
    }
}

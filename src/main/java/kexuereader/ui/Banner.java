package kexuereader.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip under the tool bar that tells the user one thing. A problem stays until dismissed; news (an import's
 * result, a copy made, the sample loaded) goes by itself after {@link #INFORM_FOR}, or when the next news comes.
 */
final class Banner {

    private final HBox node = new HBox(10);
    private final Label text = new Label();
    /** How long news stays; a field so a test can wait for its end without waiting seconds. */
    static javafx.util.Duration informFor = javafx.util.Duration.seconds(8);
    private final javafx.animation.PauseTransition expiry = new javafx.animation.PauseTransition();

    Banner() {
        node.setId("banner");
        node.getStyleClass().add("banner");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(6, 12, 6, 12));
        Button dismiss = new Button("✕");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        text.setWrapText(true);
        node.getChildren().setAll(text, gap, dismiss);
        expiry.setOnFinished(e -> hide());
        hide();
    }

    HBox node() {
        return node;
    }

    /** Shows a problem: it stays until the user closes it. */
    void show(String message) {
        expiry.stop();
        put(message);
    }

    /** Shows news: it goes by itself after a few seconds. */
    void inform(String message) {
        put(message);
        expiry.setDuration(informFor);
        expiry.playFromStart();
    }

    /** Whether what is shown goes by itself. */
    boolean expires() {
        return expiry.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void put(String message) {
        text.setText(message);
        node.setVisible(true);
        node.setManaged(true);
    }

    void hide() {
        expiry.stop();
        node.setVisible(false);
        node.setManaged(false);
    }

    /** What it says now, or null when hidden. */
    String text() {
        return node.isVisible() ? text.getText() : null;
    }
}

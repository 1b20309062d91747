package kexuereader.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip under the tool bar that tells the user one thing (an import's result, a problem), until dismissed. */
final class Banner {

    private final HBox node = new HBox(10);
    private final Label text = new Label();

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
        hide();
    }

    HBox node() {
        return node;
    }

    void show(String message) {
        text.setText(message);
        node.setVisible(true);
        node.setManaged(true);
    }

    void hide() {
        node.setVisible(false);
        node.setManaged(false);
    }

    /** What it says now, or null when hidden. */
    String text() {
        return node.isVisible() ? text.getText() : null;
    }
}

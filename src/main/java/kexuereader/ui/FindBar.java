package kexuereader.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The find bar over the reading pane (Ctrl+F): marks every occurrence in the article as you type, shows
 * "3 of 12", steps with Enter / Shift+Enter or the arrows, and closes with Esc, taking its marks with it.
 */
final class FindBar {

    private final ReadingView reading;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox bar;
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    private int total;

    FindBar(ReadingView reading) {
        this.reading = reading;
        field.setId("find-field");
        field.setPromptText(Messages.get("find.prompt"));
        field.setPrefColumnCount(22);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button previous = new Button("▲");
        previous.setId("find-previous");
        previous.setOnAction(e -> step(-1));
        Button next = new Button("▼");
        next.setId("find-next");
        next.setOnAction(e -> step(1));
        Button close = new Button("✕");
        close.setId("find-close");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> hide());
        bar = new HBox(6, field, count, previous, next, close);
        bar.setId("find-bar");
        bar.getStyleClass().add("find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setVisible(false);
        bar.setManaged(false);
        typing.setOnFinished(e -> search());
        field.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                if (total == 0) {
                    search();
                } else {
                    step(e.isShiftDown() ? -1 : 1);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
    }

    HBox node() {
        return bar;
    }

    boolean isShowing() {
        return bar.isVisible();
    }

    void show() {
        bar.setVisible(true);
        bar.setManaged(true);
        field.requestFocus();
        field.selectAll();
        if (!field.getText().isEmpty()) {
            search();
        }
    }

    void hide() {
        typing.stop();
        reading.findClear();
        bar.setVisible(false);
        bar.setManaged(false);
        total = 0;
        count.setText("");
    }

    /** Runs the search again, e.g. when another article opened while the bar is showing. */
    void refresh() {
        if (isShowing()) {
            search();
        }
    }

    private void search() {
        String q = field.getText();
        total = q.isBlank() ? 0 : reading.find(q);
        if (q.isBlank()) {
            reading.findClear();
        }
        show(total == 0 ? 0 : 1);
    }

    private void step(int direction) {
        if (total > 0) {
            show(reading.findStep(direction));
        }
    }

    private void show(int current) {
        count.getStyleClass().remove("none");
        if (field.getText().isBlank()) {
            count.setText("");
        } else if (total == 0) {
            count.setText(Messages.get("find.none"));
            count.getStyleClass().add("none");
        } else {
            count.setText(Messages.format("find.count", current, total));
        }
    }

    String countText() {
        return count.getText();
    }
}

package nl.labtafel.ui.teams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.AudienceSelection;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.capture.CaptureBar;
import nl.labtafel.ui.edit.FieldBinding;

/**
 * A research team's canvas: the three lanes side by side, the capture bar under them (Tab cycles the
 * lane, Enter adds), and the team's members, key outcomes and "Mogelijk vervolg" below.
 */
final class CanvasView extends BorderPane {
    private final CanvasViewModel model;
    private final List<LaneView> lanes = new ArrayList<>();
    private final List<FieldBinding<?>> bindings = new ArrayList<>();
    private final Label target = new Label();
    private final CaptureBar capture;
    private CanvasLane current = CanvasLane.INGREDIENTS;

    CanvasView(CanvasViewModel model, ResearchTeam team) {
        this.model = model;
        Messages m = model.context().messages();
        getStyleClass().add(CanvasStyle.CANVAS);
        HBox laneBox = new HBox();
        laneBox.getStyleClass().add(CanvasStyle.LANES);
        String[] dragged = new String[1];
        for (CanvasLane lane : CanvasLane.values()) {
            LaneView view = new LaneView(model, lane, note -> LinkNotesDialog.ask(getScene().getWindow(), m,
                    model.context().session().getNotes(), note).ifPresent(ids -> model.linkNotes(note, ids)), dragged);
            HBox.setHgrow(view, Priority.ALWAYS);
            view.setMaxWidth(Double.MAX_VALUE);
            view.setPrefWidth(100);
            lanes.add(view);
            AudienceSelection.follow(view.list(), n -> new AudienceItem(AudienceItem.Kind.CANVAS_NOTE, n.getId()),
                    model.context().audience());
            laneBox.getChildren().add(view);
            view.list().focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    setCurrent(lane);
                }
            });
        }
        target.getStyleClass().add(CanvasStyle.TARGET);
        capture = new CaptureBar(m, target, texts -> model.add(current, texts), "canvas.paste.items");
        capture.setHint(m.get("canvas.hint"));
        capture.field().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                CanvasLane[] all = CanvasLane.values();
                setCurrent(all[(current.ordinal() + (e.isShiftDown() ? all.length - 1 : 1)) % all.length]);
                e.consume();
            }
        });
        Label message = new Label();
        message.getStyleClass().add(CanvasStyle.MESSAGE);
        message.textProperty().bind(model.messageProperty());
        BorderPane canvas = new BorderPane(laneBox);
        canvas.setBottom(new VBox(capture, message));
        VBox texts = texts(m, team);
        // Canvas and texts take turns for the whole height: at 1280x720 they do not fit one above the other.
        ToggleGroup views = new ToggleGroup();
        ToggleButton showCanvas = new ToggleButton(m.get("canvas.viewCanvas"));
        ToggleButton showTexts = new ToggleButton(m.get("canvas.texts"));
        showCanvas.setToggleGroup(views);
        showTexts.setToggleGroup(views);
        views.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                views.selectToggle(was);
            } else {
                setCenter(is == showTexts ? texts : canvas);
            }
        });
        HBox switcher = new HBox(showCanvas, showTexts);
        switcher.getStyleClass().add(CanvasStyle.SWITCHER);
        setTop(switcher);
        views.selectToggle(showCanvas);
        setCurrent(CanvasLane.INGREDIENTS);
        refresh();
    }

    private VBox texts(Messages m, ResearchTeam team) {
        TextField members = new TextField();
        members.setPromptText(m.get("canvas.membersPrompt"));
        TextArea outcome = new TextArea();
        outcome.setWrapText(true);
        outcome.setPrefRowCount(8);
        VBox.setVgrow(outcome, Priority.ALWAYS);
        TextArea next = new TextArea();
        next.setWrapText(true);
        next.setPrefRowCount(3);
        String teamId = team.getId();
        bindings.add(FieldBinding.text(model.context(), members, m.get("canvas.cmd.members"),
                () -> model.team().map(t -> String.join(", ", t.getMembers())).orElse(""),
                text -> model.team().ifPresent(t -> t.setMembers(new ArrayList<>(Arrays.stream(text.split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList())))));
        bindings.add(FieldBinding.text(model.context(), outcome, m.get("canvas.cmd.outcome"),
                () -> model.team().map(ResearchTeam::getOutcome).orElse(""),
                text -> model.team().ifPresent(t -> t.setOutcome(text))));
        bindings.add(FieldBinding.text(model.context(), next, m.get("canvas.cmd.next"),
                () -> model.team().map(ResearchTeam::getNextStep).orElse(""),
                text -> model.team().ifPresent(t -> t.setNextStep(text))));
        Label personal = new Label(m.get("canvas.personalData"));
        personal.getStyleClass().add(CanvasStyle.PERSONAL);
        VBox box = new VBox(new Label(m.get("canvas.members")), members, personal,
                new Label(m.get("teams.outcome")), outcome, new Label(m.get("teams.next")), next);
        box.setId("team-texts-" + teamId);
        box.getStyleClass().add(CanvasStyle.TEXTS);
        return box;
    }

    /** The canvas is replaced (its team list changed) or the window closes: its fields stop following edits. */
    void dispose() {
        bindings.forEach(FieldBinding::dispose);
        bindings.clear();
    }

    private void setCurrent(CanvasLane lane) {
        current = lane;
        target.setText(model.question(lane));
        target.getStyleClass().removeIf(c -> c.startsWith(CanvasStyle.LANE_PREFIX));
        target.getStyleClass().add(CanvasStyle.LANE_PREFIX + lane.ordinal());
    }

    CanvasLane currentLane() {
        return current;
    }

    void refresh() {
        lanes.forEach(LaneView::show);
    }

    LaneView lane(CanvasLane lane) {
        return lanes.get(lane.ordinal());
    }

    void focusCapture() {
        capture.requestFocus();
    }
}

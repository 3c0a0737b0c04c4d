package nl.labtafel.ui.teams;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;

/**
 * One lane of a canvas under its question. Keys on a selected note: Enter or F2 edits, Delete removes,
 * Alt+Up/Down reorders, Alt+Left/Right moves it to the neighbouring lane, Ctrl+Enter in "proeven"
 * makes it an action.
 */
final class LaneView extends VBox {
    private final CanvasViewModel model;
    private final CanvasLane lane;
    private final ListView<CanvasNote> list = new ListView<>();
    private final Label question = new Label();

    LaneView(CanvasViewModel model, CanvasLane lane, Consumer<CanvasNote> linkNotes, String[] dragged) {
        this.model = model;
        this.lane = lane;
        Messages m = model.context().messages();
        getStyleClass().add(CanvasStyle.LANE);
        question.getStyleClass().add(CanvasStyle.QUESTION);
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.setText(model.question(lane));
        list.setCellFactory(l -> new CanvasCell(model, id -> dragged[0] = id));
        list.setPlaceholder(new Label(m.get("canvas.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(question, list);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // Dropped on a note: lands just before it; on the empty part of the lane: at the end.
        addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            String id = dragged[0];
            dragged[0] = null;
            if (id != null) {
                int index = Integer.MAX_VALUE;
                for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != this; n = n.getParent()) {
                    if (n instanceof CanvasCell cell && !cell.isEmpty()) {
                        index = cell.getIndex();
                        break;
                    }
                }
                model.move(id, lane, index);
            }
            e.consume();
        });
        list.setOnContextMenuRequested(e -> {
            CanvasNote note = list.getSelectionModel().getSelectedItem();
            if (note != null) {
                menu(note, linkNotes).show(list, e.getScreenX(), e.getScreenY());
            }
        });
    }

    void show() {
        int selected = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(model.lane(lane));
        if (selected >= 0 && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(selected, list.getItems().size() - 1));
        }
    }

    ListView<CanvasNote> list() {
        return list;
    }

    CanvasLane lane() {
        return lane;
    }

    private void key(KeyEvent e) {
        CanvasNote note = list.getSelectionModel().getSelectedItem();
        if (note == null || list.getEditingIndex() >= 0) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        CanvasLane[] lanes = CanvasLane.values();
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && lane == CanvasLane.TRIALS) {
            model.toAction(note);
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            CanvasCell.edit(list, index);
        } else if (e.getCode() == KeyCode.DELETE) {
            model.remove(note.getId());
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP && index > 0) {
            model.move(note.getId(), lane, index - 1);
            list.getSelectionModel().select(index - 1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN && index < list.getItems().size() - 1) {
            model.move(note.getId(), lane, index + 1);
            list.getSelectionModel().select(index + 1);
        } else if (e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            int target = lane.ordinal() + (e.getCode() == KeyCode.LEFT ? -1 : 1);
            if (target >= 0 && target < lanes.length) {
                model.move(note.getId(), lanes[target], Integer.MAX_VALUE);
            }
        } else {
            return;
        }
        e.consume();
    }

    private ContextMenu menu(CanvasNote note, Consumer<CanvasNote> linkNotes) {
        Messages m = model.context().messages();
        MenuItem edit = new MenuItem(m.get("canvas.edit"));
        edit.setOnAction(e -> CanvasCell.edit(list, list.getSelectionModel().getSelectedIndex()));
        Menu group = new Menu(m.get("canvas.linkGroup"));
        MenuItem none = new MenuItem(m.get("canvas.noGroup"));
        none.setOnAction(e -> model.linkGroup(note, null));
        group.getItems().add(none);
        Language language = model.context().session().language();
        for (ActorGroup g : model.context().session().getActorGroups()) {
            MenuItem item = new MenuItem(g.getName().get(language));
            item.setOnAction(e -> model.linkGroup(note, g.getId()));
            group.getItems().add(item);
        }
        MenuItem notes = new MenuItem(m.get("canvas.linkNotes"));
        notes.setOnAction(e -> linkNotes.accept(note));
        MenuItem remove = new MenuItem(m.get("canvas.remove"));
        remove.setOnAction(e -> model.remove(note.getId()));
        ContextMenu menu = new ContextMenu(edit, group, notes, remove);
        if (lane == CanvasLane.TRIALS) {
            MenuItem action = new MenuItem(m.get("canvas.toAction"));
            action.setOnAction(e -> model.toAction(note));
            menu.getItems().add(action);
        }
        return menu;
    }
}

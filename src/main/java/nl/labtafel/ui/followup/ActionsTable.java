package nl.labtafel.ui.followup;

import java.time.LocalDate;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.ChangeMark;
import nl.labtafel.ui.edit.Converters;

/**
 * The action table: number, what, who, when, status, progress and where it came from. The number is the one
 * the Word and Excel exports show ({@link ActionNumbers}), so "actie 3" means the same row everywhere. Keyboard first: arrows or Tab
 * move between cells, Enter or typing edits, Tab in an edit commits and goes on to the next cell,
 * Delete removes the row.
 */
final class ActionsTable extends TableView<ActionItem> {
    private final DoubleBinding readableWidth;
    private final ActionsViewModel model;
    private final PauseTransition flashOff = new PauseTransition(ChangeMark.SHOWN);
    private String flashed;
    private ActionNumbers numbers = ActionNumbers.of(List.of());

    /** Marks a focused node as one of our cells' editors, so its disappearance is recognised. */
    private static final String EDITOR = ActionsTable.class.getName() + ".editor";

    ActionsTable(ActionsViewModel model, Messages m) {
        this.model = model;
        setEditable(true);
        getSelectionModel().setCellSelectionEnabled(true);
        setPlaceholder(new Label(m.get("actions.empty")));

        TableColumn<ActionItem, String> number = new TableColumn<>(m.get("actions.number"));
        number.setId("action-number");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(numbers.number(c.getValue()).stream()
                .mapToObj(String::valueOf).findFirst().orElse("")));
        number.setEditable(false);
        number.setSortable(false);
        // The resize policy would otherwise squeeze "Nr." to nothing; its minimum follows the heading (ReadableHeader).
        number.setPrefWidth(60);
        number.setMaxWidth(110);

        TableColumn<ActionItem, String> what = new TableColumn<>(m.get("actions.what"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getWhat()));
        what.setCellFactory(c -> new WrappingTextCell());
        what.setOnEditCommit(e -> model.setWhat(e.getRowValue().getId(), e.getNewValue()));
        what.setPrefWidth(400);

        TableColumn<ActionItem, String> who = new TableColumn<>(m.get("actions.who"));
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getOwner()));
        who.setCellFactory(c -> new OwnerCell(model.ownerSuggestions()));
        who.setOnEditCommit(e -> model.setOwner(e.getRowValue().getId(), e.getNewValue()));
        who.setPrefWidth(150);

        TableColumn<ActionItem, LocalDate> when = new TableColumn<>(m.get("actions.when"));
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getDue()));
        when.setCellFactory(c -> new DueDateCell(m, (item, date) -> model.setDue(item.getId(), date)));
        when.setPrefWidth(120);

        TableColumn<ActionItem, ActionStatus> status = new TableColumn<>(m.get("actions.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getStatus()));
        status.setCellFactory(ChoiceBoxTableCell.forTableColumn(Converters.displayOnly(model::statusText),
                ActionStatus.values()));
        status.setOnEditCommit(e -> model.setStatus(e.getRowValue().getId(), e.getNewValue()));
        status.setPrefWidth(110);

        TableColumn<ActionItem, String> remark = new TableColumn<>(m.get("actions.remark"));
        remark.setId("action-remark");
        remark.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getRemark()));
        remark.setCellFactory(c -> new WrappingTextCell());
        remark.setOnEditCommit(e -> model.setRemark(e.getRowValue().getId(), e.getNewValue()));
        remark.setPrefWidth(220);

        TableColumn<ActionItem, String> origin = new TableColumn<>(m.get("actions.origin"));
        origin.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.origin(c.getValue())));
        origin.setCellFactory(c -> new WrappingTextCell());
        origin.setEditable(false);
        origin.setPrefWidth(170);

        getColumns().addAll(List.of(number, what, who, when, status, remark, origin));
        ReadableHeader.apply(number, m.get("actions.number"));
        // "Wat" keeps room for a few words a line (13 em, ~210 px at 100 %): narrower, its words broke mid-word.
        ReadableHeader.apply(what, m.get("actions.what"), 13);
        ReadableHeader.apply(who, m.get("actions.who"), 7); // "Gemeente" whole, not "Geme/ente"
        ReadableHeader.apply(when, m.get("actions.when"));
        ReadableHeader.apply(status, m.get("actions.status"));
        ReadableHeader.apply(remark, m.get("actions.remark"));
        ReadableHeader.apply(origin, m.get("actions.origin"));
        // Every column shares the width by its preferred width: no column runs off the right edge at 1280x720,
        // and the text cells wrap rather than end in "…" (WrappingTextCell).
        WeightedColumns.apply(this);
        // The origin panel beside the table shows it too: below ~1100 px of table "Wat" needs the room more.
        ReadableHeader.foldWhenNarrow(this, origin, 320);
        readableWidth = Bindings.createDoubleBinding(() -> ReadableHeader.neededWidth(this, origin),
                getColumns().stream().map(TableColumn::minWidthProperty).toArray(Observable[]::new));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(ChangeMark.CHANGED, item != null && item.getId().equals(flashed));
            }
        });
        flashOff.setOnFinished(e -> {
            flashed = null;
            refresh();
        });
        // A click on a cell takes the keyboard, whatever had it (the follow-up text, issue 13).
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!hasKeyboard()) {
                requestFocus();
            }
        });
        // A confirmed cell's editor leaves the scene and the scene hands the keyboard to the next control
        // (the follow-up text): the next Tab or Enter must stay in the table.
        sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(keyboardLeft);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(keyboardLeft);
            }
        });
    }

    private final ChangeListener<Node> keyboardLeft = (obs, old, now) -> {
        if (now != null && now != this && getEditingCell() != null && isInside(now)) {
            now.getProperties().put(EDITOR, Boolean.TRUE);
        }
        if (old != null && isOrphanedEditor(old)) {
            Platform.runLater(() -> {
                if (getScene() != null && !hasKeyboard()) {
                    requestFocus();
                }
            });
        }
    };

    /** An editor that was in one of our cells and is gone from the scene graph (a committed edit). */
    private boolean isOrphanedEditor(Node node) {
        return node.getProperties().containsKey(EDITOR) && !isInside(node);
    }

    /**
     * The width every column needs at its minimum (the origin column left out: it folds, and the panel beside the
     * table shows the same), with the table's borders and its scroll bar.
     */
    DoubleBinding readableWidth() {
        return readableWidth;
    }

    /** The action in the focused row while the table has the keyboard, else null. */
    String focusedAction() {
        TablePosition<ActionItem, ?> focus = getFocusModel().getFocusedCell();
        if (!hasKeyboard() || focus == null || focus.getRow() < 0 || focus.getRow() >= getItems().size()) {
            return null;
        }
        return getItems().get(focus.getRow()).getId();
    }

    /** Selects the action's row, scrolls to it and marks it for a moment (what undo just changed). */
    boolean flash(String actionId) {
        for (int row = 0; row < getItems().size(); row++) {
            if (getItems().get(row).getId().equals(actionId)) {
                requestFocus();
                getSelectionModel().clearAndSelect(row, getVisibleLeafColumns().get(0));
                getFocusModel().focus(row, getVisibleLeafColumns().get(0));
                scrollTo(row);
                flashed = actionId;
                flashOff.playFromStart();
                refresh();
                return true;
            }
        }
        return false;
    }

    /** True while this action's row carries the change mark (tests). */
    boolean isFlashed(String actionId) {
        return actionId.equals(flashed);
    }

    /** True when the table or one of its cells' editors has the keyboard. */
    boolean hasKeyboard() {
        return isInside(getScene() == null ? null : getScene().getFocusOwner());
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    void show(List<ActionItem> actions) {
        TablePosition<ActionItem, ?> focus = getFocusModel().getFocusedCell();
        boolean focused = hasKeyboard();
        numbers = ActionNumbers.of(actions);
        getItems().setAll(actions);
        if (focused) {
            requestFocus();
        }
        if (focus != null && focus.getRow() >= 0 && focus.getRow() < actions.size()) {
            getSelectionModel().clearAndSelect(focus.getRow(), focus.getTableColumn());
            getFocusModel().focus(focus.getRow(), focus.getTableColumn());
        }
    }

    private void key(KeyEvent e) {
        TablePosition<ActionItem, ?> focus = getFocusModel().getFocusedCell();
        if (focus == null || focus.getRow() < 0) {
            return;
        }
        boolean editing = getEditingCell() != null;
        if (e.getCode() == KeyCode.TAB) {
            if (editing) {
                commitEditor();
            }
            moveFocus(focus, e.isShiftDown() ? -1 : 1, editing);
            e.consume();
        } else if (!editing && e.getCode() == KeyCode.DELETE && focus.getRow() < getItems().size()) {
            model.remove(getItems().get(focus.getRow()).getId());
            e.consume();
        } else if (!editing && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2)) {
            edit(focus.getRow(), focus.getTableColumn());
            e.consume();
        }
    }

    /** The open editor commits what was typed, as Enter would. */
    @SuppressWarnings("unchecked")
    private void commitEditor() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        TableCell<ActionItem, Object> cell = null;
        Node editor = null;
        for (Node n = focus; n != null && n != this; n = n.getParent()) {
            if (editor == null && (n instanceof DatePicker || n instanceof ComboBox<?>)) {
                editor = n;
            }
            if (n instanceof TableCell<?, ?> c) {
                cell = (TableCell<ActionItem, Object>) c;
                break;
            }
        }
        if (cell == null) {
            return;
        }
        if (editor instanceof DatePicker picker) {
            picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            picker.fireEvent(new ActionEvent());
        } else if (editor instanceof ComboBox<?> combo && combo.isEditable()) {
            cell.commitEdit(combo.getEditor().getText());
        } else if (focus instanceof TextField field) {
            cell.commitEdit(field.getText());
        }
    }

    private void moveFocus(TablePosition<ActionItem, ?> from, int step, boolean keepEditing) {
        List<TableColumn<ActionItem, ?>> columns = getVisibleLeafColumns();
        int column = columns.indexOf(from.getTableColumn()) + step;
        int row = from.getRow();
        if (column >= columns.size()) {
            column = 0;
            row++;
        } else if (column < 0) {
            column = columns.size() - 1;
            row--;
        }
        if (row < 0 || row >= getItems().size()) {
            return;
        }
        TableColumn<ActionItem, ?> target = columns.get(column);
        getSelectionModel().clearAndSelect(row, target);
        getFocusModel().focus(row, target);
        if (keepEditing && target.isEditable()) {
            int r = row;
            Platform.runLater(() -> edit(r, target));
        }
    }
}

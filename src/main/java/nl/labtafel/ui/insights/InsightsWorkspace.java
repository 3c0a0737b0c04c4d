package nl.labtafel.ui.insights;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.capture.CaptureBar;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.AudienceSelection;
import nl.labtafel.ui.common.ListReveal;
import nl.labtafel.ui.common.KeyChords;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/**
 * The "Kansen en uitdagingen" phase: what stood out, opportunities, challenges and ideas in four
 * lists, filled from one capture bar (Tab moves to the next list). Points are edited in place and
 * reordered or moved between lists by drag or Alt+arrows.
 */
public final class InsightsWorkspace implements Workspace {
    public static final String STYLESHEET = "/nl/labtafel/ui/insights/insights.css";
    private static final InsightKind[] KINDS = InsightKind.values();

    private final InsightsViewModel model;
    private final Map<InsightKind, InsightList> lists = new EnumMap<>(InsightKind.class);
    private final Label target = new Label();
    private final CaptureBar capture;
    private final BorderPane root = new BorderPane();

    public InsightsWorkspace(SessionContext context) {
        model = new InsightsViewModel(context);
        Messages messages = context.messages();
        target.getStyleClass().add(InsightsStyle.TARGET);
        capture = new CaptureBar(messages, target, model::add, "insights.paste.perLine");
        capture.setHint(messages.get("insights.capture.hint"));
        capture.field().setPromptText(messages.get("insights.capture.prompt"));
        capture.hintVisibleProperty().bind(context.presentationProperty().not());
        GridPane grid = new GridPane();
        grid.getStyleClass().add(InsightsStyle.GRID);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (InsightKind kind : KINDS) {
            InsightList list = new InsightList(kind, model, capture::requestFocus);
            lists.put(kind, list);
            AudienceSelection.follow(list.listView(), i -> new AudienceItem(AudienceItem.Kind.INSIGHT, i.getId()), context.audience());
            grid.add(list, kind.ordinal() % 2, kind.ordinal() / 2);
            list.listView().addEventFilter(KeyEvent.KEY_PRESSED, e -> listKey(list, e));
            list.listView().addEventHandler(KeyEvent.KEY_TYPED, this::listTyped);
        }
        root.getStyleClass().add(InsightsStyle.WORKSPACE);
        root.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        root.setCenter(grid);
        root.setBottom(capture);
        capture.field().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
                model.nextList(e.isShiftDown());
                e.consume();
            }
        });
        model.currentProperty().addListener(o -> showTarget());
        showTarget();
        context.commands().revisionProperty().addListener(o -> sync());
        sync();
    }

    private void sync() {
        lists.values().forEach(InsightList::sync);
    }

    private void showTarget() {
        target.setText(model.title(model.currentProperty().get()) + "  \u25b8");
    }

    /** In a list: Enter/F2 edits, Delete removes, Alt+Up/Down reorders, Alt+Left/Right moves to the list before/after. */
    private void listKey(InsightList list, KeyEvent e) {
        ListView<Insight> view = list.listView();
        int index = view.getSelectionModel().getSelectedIndex();
        if (view.getEditingIndex() >= 0 || index < 0) {
            if (e.getCode() == KeyCode.ESCAPE && view.getEditingIndex() < 0) {
                capture.requestFocus();
                e.consume();
            }
            return;
        }
        InsightKind kind = list.kind();
        if (e.isAltDown()) {
            switch (e.getCode()) {
                case UP, DOWN -> select(kind, model.shift(kind, index, e.getCode() == KeyCode.UP ? -1 : 1));
                case LEFT, RIGHT -> {
                    InsightKind to = KINDS[(kind.ordinal() + (e.getCode() == KeyCode.LEFT ? KINDS.length - 1 : 1))
                            % KINDS.length];
                    select(to, model.move(kind, index, to, model.list(to).size()));
                }
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case ENTER, F2 -> view.edit(index);
            case DELETE, BACK_SPACE -> {
                model.remove(kind, index);
                view.getSelectionModel().select(Math.min(index, view.getItems().size() - 1));
            }
            case ESCAPE -> capture.requestFocus();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void select(InsightKind kind, int index) {
        ListView<Insight> view = lists.get(kind).listView();
        view.requestFocus();
        view.getSelectionModel().clearAndSelect(index);
        view.scrollTo(index);
    }

    /** Typing in a list goes to the capture bar. */
    private void listTyped(KeyEvent e) {
        if (!KeyChords.typesText(e)) {
            return;
        }
        capture.requestFocus();
        capture.field().appendText(e.getCharacter());
        capture.field().end();
        e.consume();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<ShortcutSpec> shortcuts() {
        return List.of(
                new ShortcutSpec("insights.add", "insights.action.add", "mdi2p-playlist-plus", new KeyCodeCombination(KeyCode.ENTER)),
                new ShortcutSpec("insights.nextList", "insights.action.nextList", "mdi2f-format-list-bulleted",
                        new KeyCodeCombination(KeyCode.TAB)),
                new ShortcutSpec("insights.edit", "insights.action.edit", "mdi2p-pencil", new KeyCodeCombination(KeyCode.F2)),
                new ShortcutSpec("insights.up", "insights.action.up", "mdi2a-arrow-up",
                        new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN)),
                new ShortcutSpec("insights.down", "insights.action.down", "mdi2a-arrow-down",
                        new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN)),
                new ShortcutSpec("insights.otherList", "insights.action.otherList", "mdi2s-swap-horizontal",
                        new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
                new ShortcutSpec("insights.delete", "insights.action.delete", "mdi2d-delete-outline",
                        new KeyCodeCombination(KeyCode.DELETE)));
    }

    @Override
    public void activate() {
        Platform.runLater(capture::requestFocus);
    }

    /** The point selected in the list that has the keyboard. */
    @Override
    public String focusedItem() {
        for (InsightList list : lists.values()) {
            Insight selected = list.listView().getSelectionModel().getSelectedItem();
            if (list.listView().isFocused() && selected != null) {
                return selected.getId();
            }
        }
        return null;
    }

    /** Undo or redo changed this point: select it in its list, bring it into view, mark it. */
    @Override
    public boolean reveal(String item) {
        for (InsightList list : lists.values()) {
            if (ListReveal.reveal(list.listView(), i -> i.getId().equals(item))) {
                return true;
            }
        }
        return false;
    }

    /** For tests. */
    public CaptureBar capture() {
        return capture;
    }

    InsightsViewModel model() {
        return model;
    }
}

package nl.labtafel.ui.inventory;

import nl.labtafel.ui.common.TextBreaks;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.capture.CaptureBar;
import nl.labtafel.ui.common.ActorGroupStyles;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.KeyChords;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.look.Styles;
import nl.labtafel.ui.shortcuts.ShortcutSpec;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inventory phase ("what is organised on this theme, and by whom"): search and zoom above, the
 * board in the middle, the actor groups with their counts and the capture bar below. The keys listed
 * in {@link #actions()} are handled here, on the workspace.
 *
 * <p>Over 300 lines because it handles the board's keys itself, so it works on its own (tests, the dev
 * window) as well as in the session window.
 */
public final class InventoryWorkspace implements Workspace {
    private final SessionContext context;
    private final BoardViewModel model;
    private final BoardView board;
    private final GroupStrip strip;
    private final BoardToolbar toolbar;
    private final CaptureBar capture;
    private final BorderPane root = new BorderPane();
    /** Left of the capture field: the group the next note gets, in its colour. */
    private final Label target = new Label();
    private String groupStylesheet;
    /** What the capture target shows now (group index, key, name, icon), so an edit that changes none of it leaves it be. */
    private String shownTarget;
    private boolean altChord;

    public InventoryWorkspace(SessionContext context) {
        this(context, TextBreaks.NONE);
    }

    /** With the room's line breaking, so a group title breaks by syllable with a hyphen (issue 12). */
    public InventoryWorkspace(SessionContext context, TextBreaks breaks) {
        this.context = context;
        this.model = new BoardViewModel(context);
        Messages messages = context.messages();
        board = new BoardView(model, context.textScaleProperty(), breaks);
        strip = new GroupStrip(model);
        toolbar = new BoardToolbar(model, board);
        capture = new CaptureBar(messages, target, this::add, "board.paste.perLine");
        capture.field().setPromptText(messages.format("board.capture.prompt", keyRange()));
        capture.setHint(messages.get("board.capture.hint"));
        root.getStyleClass().add(BoardStyle.WORKSPACE);
        root.getStylesheets().add(getClass().getResource(BoardStyle.STYLESHEET).toExternalForm());
        root.setTop(toolbar);
        // Presentation mode leaves the room the board, the groups and the capture bar: search and
        // zoom buttons and the facilitator's key hint go (the keys keep working).
        toolbar.managedProperty().bind(context.presentationProperty().not().or(model.searchProperty().isNotEmpty()));
        toolbar.visibleProperty().bind(toolbar.managedProperty());
        capture.hintVisibleProperty().bind(context.presentationProperty().not());
        root.setCenter(board);
        root.setBottom(new VBox(strip, capture));
        target.getStyleClass().add(BoardStyle.CAPTURE_TARGET);
        model.captureGroupProperty().addListener(o -> showTarget());
        board.editor().setOnClose(capture::requestFocus);
        board.setOnRegrouped((notes, group) -> {
            context.notice(model.regroupName(notes.size(), group));
            board.flash(notes.get(0));
        });
        board.editor().setOnProblem(capture::showMessage);
        capture.field().addEventFilter(KeyEvent.KEY_PRESSED, this::captureKey);
        capture.field().addEventFilter(KeyEvent.KEY_RELEASED, this::altReleased);
        board.addEventHandler(KeyEvent.KEY_PRESSED, this::boardKey);
        board.addEventFilter(KeyEvent.KEY_RELEASED, this::altReleased);
        board.addEventHandler(KeyEvent.KEY_TYPED, this::boardTyped);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::workspaceKey);
        // The room follows the selection: the last note picked is marked on the audience view.
        model.selection().addListener((SetChangeListener<String>) c -> {
            if (c.wasAdded()) {
                context.audience().selectionProperty().set(AudienceItem.note(c.getElementAdded()));
            }
        });
        context.commands().revisionProperty().addListener(o -> modelChanged());
        modelChanged();
    }

    private void add(List<String> texts) {
        List<Note> added = model.addNotes(texts);
        board.reveal(added.get(added.size() - 1));
    }

    private void modelChanged() {
        String url = ActorGroupStyles.dataUrl(context.session().getActorGroups());
        if (!url.equals(groupStylesheet)) {
            root.getStylesheets().remove(groupStylesheet);
            root.getStylesheets().add(url);
            groupStylesheet = url;
        }
        strip.rebuild();
        showTarget();
        board.modelChanged();
        toolbar.showMatches();
    }

    private void showTarget() {
        ActorGroup group = model.captureGroupProperty().get();
        List<ActorGroup> groups = context.session().getActorGroups();
        // Called on every edit: a style class taken off and put back, and a new icon, restyle the label each time.
        String shown = group == null ? "" : groups.indexOf(group) + "|" + group.getKey() + "|"
                + group.getName().get(context.messages().language()) + "|" + group.getIcon();
        if (shown.equals(shownTarget)) {
            return;
        }
        shownTarget = shown;
        target.getStyleClass().removeIf(c -> c.startsWith(ActorGroupStyles.ACTOR_PREFIX));
        if (group == null) {
            target.setText("");
            target.setGraphic(null);
            return;
        }
        target.getStyleClass().add(ActorGroupStyles.styleClass(groups.indexOf(group)));
        target.setText(group.getKey().toUpperCase() + "  " + group.getName().get(context.messages().language()));
        FontIcon icon = new FontIcon();
        try {
            icon.setIconLiteral(group.getIcon());
        } catch (RuntimeException unknown) {
            icon.setIconLiteral("mdi2a-account-group");
        }
        icon.getStyleClass().addAll(BoardStyle.NOTE_ICON, Styles.ICON);
        target.setGraphic(icon);
    }

    /** In the capture bar: Alt+key picks the actor group of the next note. */
    private void captureKey(KeyEvent e) {
        if (KeyChords.isAltOnly(e)) {
            groupFor(e).ifPresent(group -> {
                model.captureGroupProperty().set(group);
                altChord = true;
                e.consume();
            });
        } else if (e.getCode() == KeyCode.ESCAPE && !model.selection().isEmpty()) {
            model.selection().clear();
            e.consume();
        }
    }

    /**
     * After Alt+key picked a group, the release of Alt alone must not reach the menu bar: it would take
     * it for a lone Alt, open the menus and let the next typed letters pick menu items.
     */
    private void altReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.ALT || e.getCode() == KeyCode.ALT_GRAPH) {
            if (altChord) {
                e.consume();
            }
            altChord = false;
        }
    }

    /**
     * On the board (after clicking a note): Enter/F2 edits, Delete removes, Alt+a group's key moves the
     * selection to that group (a plain digit goes to the capture bar: regrouping is never an accident).
     */
    private void boardKey(KeyEvent e) {
        if (KeyChords.isAltOnly(e)) {
            groupFor(e).ifPresent(group -> {
                regroupSelection(group);
                altChord = true;
                e.consume();
            });
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case ENTER, F2 -> editSelected();
            case DELETE, BACK_SPACE -> {
                model.deleteSelection();
                capture.requestFocus();
            }
            case ESCAPE -> {
                model.selection().clear();
                capture.requestFocus();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Moves the selected notes to the group's column, says so in the status line and marks them. */
    private void regroupSelection(ActorGroup group) {
        List<Note> selected = model.selectedNotes();
        int moved = model.changeGroupOfSelection(group);
        if (moved > 0) {
            context.notice(model.regroupName(moved, group));
            board.flash(selected.get(0));
        }
    }

    /** Typing on the board goes to the capture bar, so no keystroke of a new note is lost. */
    private void boardTyped(KeyEvent e) {
        String typed = e.getCharacter();
        if (!KeyChords.typesText(e)) {
            return;
        }
        capture.requestFocus();
        capture.field().appendText(typed);
        capture.field().end();
        e.consume();
    }

    /** Anywhere in the workspace: zoom, fit, search, duplicate (Ctrl+Shift is the window's text scale). */
    private void workspaceKey(KeyEvent e) {
        if (!e.isShortcutDown() || e.isShiftDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> board.zoomIn();
            case MINUS, SUBTRACT -> board.zoomOut();
            case DIGIT0, NUMPAD0 -> board.fitAll();
            case F -> toolbar.search().requestFocus();
            case D -> duplicate();
            case L -> tidyUp();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The actor group whose key this is: digits from the top row or the keypad, or letters. */
    private Optional<ActorGroup> groupFor(KeyEvent e) {
        KeyCode code = e.getCode();
        String name = "";
        if (code.isDigitKey() || code.isLetterKey()) {
            String label = code.getName();
            name = label.substring(label.length() - 1);
        }
        return name.isEmpty() ? Optional.empty() : model.groupForKey(name);
    }

    private String keyRange() {
        List<ActorGroup> groups = context.session().getActorGroups();
        if (groups.isEmpty()) {
            return "";
        }
        String first = groups.get(0).getKey().toUpperCase();
        String last = groups.get(groups.size() - 1).getKey().toUpperCase();
        return first.equals(last) ? first : first + "\u2026" + last;
    }

    @Override
    public Node view() {
        return root;
    }

    /**
     * Rows with a handler appear in the window's menu and their keys work window-wide; the others
     * document keys the capture bar and the board handle themselves (plain keys stay with the focus).
     * The workspace also handles the Ctrl keys itself, so it works on its own (tests, dev window).
     */
    @Override
    public List<ShortcutSpec> shortcuts() {
        return List.of(
                new ShortcutSpec("board.add", "board.action.add", "mdi2n-note-plus-outline", new KeyCodeCombination(KeyCode.ENTER)),
                new ShortcutSpec("board.pickGroup", "board.action.pickGroup", "mdi2a-account-group",
                        new KeyCharacterCombination(keyRange(), KeyCombination.ALT_DOWN)),
                new ShortcutSpec("board.tidy", "board.action.tidy", "mdi2v-view-column-outline",
                        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::tidyUp),
                new ShortcutSpec("board.edit", "board.action.edit", "mdi2p-pencil", new KeyCodeCombination(KeyCode.F2),
                        this::editSelected),
                new ShortcutSpec("board.delete", "board.action.delete", "mdi2d-delete-outline", new KeyCodeCombination(KeyCode.DELETE)),
                new ShortcutSpec("board.duplicate", "board.action.duplicate", "mdi2c-content-copy",
                        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), this::duplicate),
                new ShortcutSpec("board.zoomIn", "board.zoomIn", "mdi2m-magnify-plus-outline",
                        new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), board::zoomIn),
                new ShortcutSpec("board.zoomOut", "board.zoomOut", "mdi2m-magnify-minus-outline",
                        new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), board::zoomOut),
                new ShortcutSpec("board.fitAll", "board.fitAll", "mdi2f-fit-to-screen-outline",
                        new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), board::fitAll),
                new ShortcutSpec("board.search", "board.action.search", "mdi2m-magnify",
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> toolbar.search().requestFocus()));
    }

    /** Closes the gaps in the columns (issue 13): one undo step, said in the status line. */
    private void tidyUp() {
        int moved = model.tidyUp();
        context.notice(moved == 0 ? context.messages().get("board.tidy.nothing")
                : context.messages().format("board.tidy.done", moved));
    }

    private void editSelected() {
        model.selectedNotes().stream().findFirst().ifPresent(board.editor()::start);
    }

    private void duplicate() {
        model.duplicateSelection();
        model.selectedNotes().stream().reduce((a, b) -> b).ifPresent(board::reveal);
    }

    @Override
    public String focusedItem() {
        return model.selectedNotes().stream().findFirst().map(Note::getId).orElse(null);
    }

    @Override
    public boolean reveal(String item) {
        return context.session().note(item).map(note -> {
            model.select(note, false);
            board.flash(note);
            capture.requestFocus();
            return true;
        }).orElse(false);
    }

    @Override
    public void activate() {
        Platform.runLater(capture::requestFocus);
    }

    /** For tests and the benchmark harness. */
    public BoardViewModel model() {
        return model;
    }

    public BoardView board() {
        return board;
    }

    public CaptureBar capture() {
        return capture;
    }
}

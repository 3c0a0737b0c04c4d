package nl.labtafel.ui.edit;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Subscription;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.look.Styles;
import nl.labtafel.ui.undo.SetValueCommand;

/**
 * Ties a text control to one value of the model. Typing is not an edit yet: the text becomes one
 * named command when the field loses focus, on Enter in a one-line field, or after a pause in typing,
 * so undo steps are whole edits rather than keystrokes. After every change on the stack (undo, redo,
 * another view) the field shows the model again.
 *
 * <p>{@link #commitFocused(Scene)} lets undo and save take a half-typed edit along first.
 */
public final class FieldBinding<T> {
    private static final String COMMIT_KEY = FieldBinding.class.getName();
    private static final Duration PAUSE = Duration.seconds(2);

    private final SessionContext context;
    private final TextInputControl control;
    private final String commandName;
    private final Supplier<T> getter;
    private final Consumer<T> setter;
    private final Function<T, String> format;
    private final Function<String, T> parse;
    private final T emptyValue;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final Subscription edits;
    private boolean refreshing;
    /** Typed but not yet committed: a change elsewhere must not overwrite it. */
    private boolean typed;

    private FieldBinding(SessionContext context, TextInputControl control, String commandName, Supplier<T> getter,
                         Consumer<T> setter, Function<T, String> format, Function<String, T> parse, T emptyValue) {
        this.emptyValue = emptyValue;
        this.context = context;
        this.control = control;
        this.commandName = commandName;
        this.getter = getter;
        this.setter = setter;
        this.format = format;
        this.parse = parse;
        refresh();
        control.getProperties().put(COMMIT_KEY, (Runnable) this::commit);
        control.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        if (control instanceof TextField field) {
            field.setOnAction(e -> commit());
        }
        pause.setOnFinished(e -> commit());
        control.textProperty().addListener((obs, old, text) -> {
            if (!refreshing) {
                control.pseudoClassStateChanged(Styles.INVALID, parse.apply(text) == null && !text.isBlank());
                typed = true;
                pause.playFromStart();
            }
        });
        edits = context.commands().revisionProperty().subscribe((old, rev) -> refresh());
    }

    /**
     * Stops following the command stack. A view whose fields are thrown away while the stack lives on (a team's
     * canvas rebuilt) calls it, or each old field keeps being refreshed, and kept, for the rest of the session.
     */
    public void dispose() {
        edits.unsubscribe();
        pause.stop();
    }

    /** A text value; null from the model shows as empty. */
    public static FieldBinding<String> text(SessionContext context, TextInputControl control, String commandName,
                                            Supplier<String> getter, Consumer<String> setter) {
        return new FieldBinding<>(context, control, commandName, getter, setter,
                s -> s == null ? "" : s, s -> s, "");
    }

    /**
     * A typed value: {@code parse} returns null for text that is not a valid value; such text is marked
     * invalid and not committed; an empty field commits null.
     */
    public static <T> FieldBinding<T> typed(SessionContext context, TextInputControl control, String commandName,
                                            Supplier<T> getter, Consumer<T> setter, Function<T, String> format,
                                            Function<String, T> parse) {
        return new FieldBinding<>(context, control, commandName, getter, setter,
                v -> v == null ? "" : format.apply(v), parse, null);
    }

    public void commit() {
        pause.stop();
        String text = control.getText();
        T value = text.isBlank() ? emptyValue : parse.apply(text);
        if (value == null && !text.isBlank()) {
            return; // stays marked invalid and typed, so nothing overwrites what the user is fixing
        }
        typed = false;
        SetValueCommand<T> command = new SetValueCommand<>(commandName, getter, setter, value).at(control.getId());
        if (command.isNoOp()) {
            refresh();
        } else {
            context.commands().execute(command);
        }
    }

    private void refresh() {
        if (typed) {
            return;
        }
        String shown = format.apply(getter.get());
        if (!shown.equals(control.getText())) {
            refreshing = true;
            int caret = Math.min(control.getCaretPosition(), shown.length());
            control.setText(shown);
            control.positionCaret(caret);
            refreshing = false;
        }
        control.pseudoClassStateChanged(Styles.INVALID, false);
    }

    /** Commits the edit in the focused field, if it is one of these; called before undo, redo and save. */
    public static void commitFocused(Scene scene) {
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus != null && focus.getProperties().get(COMMIT_KEY) instanceof Runnable commit) {
            commit.run();
        }
    }
}

package nl.labtafel.ui.session;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.AudienceState;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.shortcuts.ShortcutSpec;
import nl.labtafel.ui.shortcuts.ShortcutTable;
import nl.labtafel.ui.undo.CommandStack;

/** The rows of the session window's table of actions: the window's own, then the shown workspace's. */
final class SessionActions {
    private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;
    private static final KeyCombination.Modifier ALT = KeyCombination.ALT_DOWN;

    private SessionActions() {
    }

    /** What the window does; the handlers are its methods. */
    interface Handlers {
        void save();
        void saveAs();
        void export();
        void importNotes();
        void seriesOverview();
        void closeSession();
        void undo();
        void redo();
        void step(int delta);
        void toggleTimer();
        void extraTime();
        void togglePresentation();
        void toggleAudience();
        void turnAudiencePage(int delta);
        void toggleFullScreen();
        void toggleAgenda();
        void scaleText(int steps);
        void setTheme(Look theme);
        void setLanguage(Language language);
        void showShortcuts();
        void showGettingStarted();
        /** The look the window has now (ticked in the Beeld menu). */
        Look currentLook();
        void openLogFolder();
        void toggleRoom();
    }

    static ShortcutTable table(SessionContext context, Handlers h, Workspace workspace) {
        Messages m = context.messages();
        CommandStack commands = context.commands();
        ShortcutTable t = new ShortcutTable();
        t.add(row("menu.file", spec("save", "action.save", "mdi2c-content-save-outline", key(KeyCode.S, CTRL), h::save),
                true, null, List.of()));
        t.add("menu.file", spec("saveAs", "action.saveAs", null, key(KeyCode.S, CTRL, SHIFT), h::saveAs));
        t.add(row("menu.file", spec("export", "action.export", "mdi2f-file-word-outline", key(KeyCode.E, CTRL),
                h::export), true, null, List.of()));
        t.add("menu.file", spec("importNotes", "action.importNotes", "mdi2f-file-import-outline",
                key(KeyCode.I, CTRL, SHIFT), h::importNotes));
        t.add("menu.file", spec("seriesOverview", "action.seriesOverview", "mdi2t-timeline-text-outline",
                key(KeyCode.O, CTRL, SHIFT), h::seriesOverview));
        t.add("menu.file", spec("close", "action.close", null, key(KeyCode.W, CTRL), h::closeSession));

        t.add(new ShortcutTable.Row("menu.edit", spec("undo", "action.undo", "mdi2u-undo", key(KeyCode.Z, CTRL), h::undo),
                true, commands.canUndoProperty().not(), live(m, "action.undoNamed", "action.undo",
                commands.undoNameProperty()), List.of()));
        t.add(new ShortcutTable.Row("menu.edit", spec("redo", "action.redo", "mdi2r-redo", key(KeyCode.Y, CTRL), h::redo),
                true, commands.canRedoProperty().not(), live(m, "action.redoNamed", "action.redo",
                commands.redoNameProperty()), List.of(key(KeyCode.Z, CTRL, SHIFT))));

        t.add(row("menu.agenda", spec("previousPhase", "action.previousPhase", "mdi2c-chevron-up",
                key(KeyCode.PAGE_UP, CTRL), () -> h.step(-1)), true, null, List.of()));
        t.add(row("menu.agenda", spec("nextPhase", "action.nextPhase", "mdi2c-chevron-down",
                key(KeyCode.PAGE_DOWN, CTRL), () -> h.step(1)), true, null, List.of()));
        t.add("menu.agenda", spec("timerToggle", "action.timer.toggle", null, key(KeyCode.T, CTRL), h::toggleTimer));
        t.add("menu.agenda", spec("timerExtra", "action.timer.extra", null, key(KeyCode.T, CTRL, SHIFT), h::extraTime));

        AudienceState room = context.audience();
        t.add(row("menu.audience", spec("audienceScreen", "action.audienceScreen", "mdi2p-projector-screen-outline",
                key(KeyCode.F5), h::toggleAudience), true, null, List.of()));
        t.add(row("menu.audience", spec("audienceFreeze", "action.audienceFreeze", "mdi2s-snowflake", key(KeyCode.F6),
                () -> room.frozenProperty().set(!room.frozenProperty().get())), true, null, List.of()));
        t.add(row("menu.audience", spec("audienceBlank", "action.audienceBlank", "mdi2m-monitor-off", key(KeyCode.B, CTRL),
                () -> room.blankProperty().set(!room.blankProperty().get())), true, null, List.of()));
        t.add(row("menu.audience", spec("audienceSpotlight", "action.audienceSpotlight", "mdi2s-spotlight-beam", key(KeyCode.F7),
                room::toggleSpotlight), true, Bindings.and(room.selectionProperty().isNull(),
                room.spotlightProperty().isNull()), List.of()));
        t.add("menu.audience", spec("audienceNextPage", "action.audienceNextPage", null, key(KeyCode.PAGE_DOWN, ALT),
                () -> h.turnAudiencePage(1)));
        t.add("menu.audience", spec("audiencePreviousPage", "action.audiencePreviousPage", null, key(KeyCode.PAGE_UP, ALT),
                () -> h.turnAudiencePage(-1)));
        t.add("menu.audience", new ShortcutSpec("audienceKeys", "action.audienceKeys", null, null));
        t.add(row("menu.view", spec("presentation", "action.presentation", null,
                key(KeyCode.F5, SHIFT), h::togglePresentation), false, null, List.of()));
        t.add(row("menu.view", spec("fullScreen", "action.fullScreen", "mdi2f-fullscreen", key(KeyCode.F11),
                h::toggleFullScreen), true, null, List.of()));
        t.add("menu.view", spec("agendaFold", "action.agendaFold", null, key(KeyCode.A, CTRL, SHIFT),
                h::toggleAgenda));
        t.add(row("menu.view", spec("textBigger", "action.textBigger", "mdi2f-format-font-size-increase",
                key(KeyCode.PLUS, CTRL, SHIFT), () -> h.scaleText(1)), true, null,
                List.of(key(KeyCode.EQUALS, CTRL, SHIFT), key(KeyCode.ADD, CTRL, SHIFT))));
        t.add(row("menu.view", spec("textSmaller", "action.textSmaller", "mdi2f-format-font-size-decrease",
                key(KeyCode.MINUS, CTRL, SHIFT), () -> h.scaleText(-1)), true, null,
                List.of(key(KeyCode.SUBTRACT, CTRL, SHIFT))));
        t.add("menu.view", spec("textReset", "action.textReset", null, key(KeyCode.DIGIT0, CTRL, SHIFT),
                () -> h.scaleText(0)));
        for (Look theme : Look.values()) {
            t.addChoice("menu.view", spec("theme-" + theme.name().toLowerCase(), theme.textKey(), null, null,
                    () -> h.setTheme(theme)), "look", theme == h.currentLook());
        }
        t.add(row("menu.audience", spec("room", "action.room", "mdi2c-cellphone-message", key(KeyCode.R, CTRL, SHIFT),
                h::toggleRoom), true, null, List.of()));
        t.addChoice("menu.view", spec("language-nl", "language.nl", null, null, () -> h.setLanguage(Language.DUTCH)),
                "language", m.language() == Language.DUTCH);
        t.addChoice("menu.view", spec("language-en", "language.en", null, null, () -> h.setLanguage(Language.ENGLISH)),
                "language", m.language() == Language.ENGLISH);

        if (workspace != null) {
            workspace.shortcuts().forEach(a -> t.add("menu.workspace", a));
        }
        t.add("menu.help", spec("shortcuts", "action.shortcuts", "mdi2k-keyboard-outline", key(KeyCode.F1),
                h::showShortcuts));
        t.add("menu.help", spec("gettingStarted", "help.start.title", "mdi2h-help-circle-outline", null,
                h::showGettingStarted));
        t.add("menu.help", spec("logFolder", "action.logFolder", null, null, h::openLogFolder));
        return t;
    }

    private static ShortcutTable.Row row(String menu, ShortcutSpec spec, boolean toolbar,
                                       ObservableBooleanValue disabled, List<KeyCombination> aliases) {
        return new ShortcutTable.Row(menu, spec, toolbar, disabled, null, aliases);
    }

    private static ShortcutSpec spec(String id, String textKey, String icon, KeyCombination key, Runnable handler) {
        return new ShortcutSpec(id, textKey, icon, key, handler);
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    /** "Ongedaan maken: titel wijzigen", or plain "Ongedaan maken" when there is nothing to undo. */
    private static ObservableStringValue live(Messages m, String namedKey, String plainKey, ObservableStringValue name) {
        return Bindings.createStringBinding(() -> name.get().isEmpty() ? m.get(plainKey)
                : m.format(namedKey, name.get()), name);
    }
}

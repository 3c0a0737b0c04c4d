package nl.labtafel.ui.series;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionTrace;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.edit.Dates;

/**
 * "Herkomst": where the selected action came from — the "proef" on the canvas, the research team, the theme,
 * the post-its behind it, and for a carried action the earlier session. Read-only; follows the selection in
 * the action list and every edit.
 */
final class OriginPanel extends VBox {
    /** A theme of 300 post-its would bury the chain; the first ones and a count say enough. */
    static final int NOTES_SHOWN = 12;

    private final SessionContext context;
    private final Messages m;
    private final VBox chain = new VBox();
    private final InvalidationListener refresh = o -> Platform.runLater(this::refresh);

    OriginPanel(SessionContext context) {
        this.context = context;
        this.m = context.messages();
        getStyleClass().add(SeriesStyle.ORIGIN);
        getStylesheets().add(SeriesStyle.STYLESHEET);
        setId("origin-panel");
        Label heading = new Label(m.get("origin.heading"));
        heading.getStyleClass().add(SeriesStyle.HEADING);
        chain.getStyleClass().add(SeriesStyle.CHAIN);
        ScrollPane scroll = new ScrollPane(chain);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
        context.selectedActionProperty().addListener(new WeakInvalidationListener(refresh));
        context.commands().revisionProperty().addListener(new WeakInvalidationListener(refresh));
        refresh();
    }

    private void refresh() {
        chain.getChildren().clear();
        Session session = context.session();
        String id = context.selectedActionProperty().get();
        ActionItem action = id == null ? null
                : session.getActions().stream().filter(a -> id.equals(a.getId())).findFirst().orElse(null);
        if (action == null) {
            chain.getChildren().add(wrapped(m.get("origin.select"), SeriesStyle.MUTED));
            return;
        }
        for (String line : OriginLines.of(session, action, m)) {
            chain.getChildren().add(line.startsWith(OriginLines.LABEL) ? wrapped(line.substring(1), SeriesStyle.SUBHEADING)
                    : wrapped(line, null));
        }
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    /** The chain as lines (labels marked), built without controls so a test can read it. */
    static final class OriginLines {
        static final String LABEL = "\u0001";

        private OriginLines() {
        }

        static List<String> of(Session session, ActionItem action, Messages m) {
            ActionTrace trace = ActionTrace.of(session, action);
            ArrayList<String> lines = new ArrayList<>();
            if (trace.isEmpty()) {
                lines.add(m.get("origin.none"));
                return lines;
            }
            String trial = trace.trialText();
            if (!trial.isBlank()) {
                lines.add(LABEL + m.get("origin.trial"));
                lines.add(trial);
            }
            String theme = trace.themeName();
            if (!theme.isBlank()) {
                lines.add(LABEL + m.get(trace.team().isPresent() ? "origin.team" : "origin.theme"));
                lines.add(theme);
            }
            if (!trace.notes().isEmpty()) {
                lines.add(LABEL + m.format(trace.notesLinkedToTrial() ? "origin.linkedNotes" : "origin.themeNotes",
                        trace.notes().size()));
                List<Note> notes = trace.notes();
                for (int i = 0; i < Math.min(NOTES_SHOWN, notes.size()); i++) {
                    Note note = notes.get(i);
                    String group = session.actorGroup(note.getActorGroupId())
                            .map(ActorGroup::getName).map(n -> n.get(m.language())).orElse("");
                    lines.add(group.isEmpty() ? "\u2022 " + note.getText()
                            : m.format("origin.note", note.getText(), group));
                }
                if (notes.size() > NOTES_SHOWN) {
                    lines.add(m.format("origin.more", notes.size() - NOTES_SHOWN));
                }
            }
            trace.carriedFrom().ifPresent(from -> {
                lines.add(LABEL + m.get("origin.carried"));
                String title = from.getSessionTitle() == null || from.getSessionTitle().isBlank()
                        ? from.getSessionFile() : from.getSessionTitle();
                String date = from.getSessionDate() == null ? "" : Dates.format(m)
                        .format(from.getSessionDate());
                String where = date.isEmpty() ? title : m.format("since.sessionDate", title, date);
                lines.add(from.getNumber() == null ? where : m.format("since.originNumber", where, from.getNumber()));
            });
            return lines;
        }
    }
}

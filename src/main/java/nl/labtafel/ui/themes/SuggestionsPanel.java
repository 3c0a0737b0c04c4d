package nl.labtafel.ui.themes;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.cluster.SuggestOptions;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/**
 * Suggested themes beside the columns: the proposals of the clustering, each with a tick to accept
 * it, its label to rename, and its notes (right-click one to move it to another proposal). Accepting is
 * one undoable step; manual themes are never touched. The clustering runs on the background executor.
 */
final class SuggestionsPanel extends VBox {
    private final SessionContext context;
    private final ThemesViewModel model;
    private final Runnable onClose;
    private final Messages m;
    private final Spinner<Integer> count = new Spinner<>(0, SuggestOptions.MAX_COUNT, 0);
    private final CheckBox allNotes = new CheckBox();
    private final VBox proposalsBox = new VBox();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label status = new Label();
    private final List<Row> rows = new ArrayList<>();

    /** One proposal as the facilitator is shaping it. */
    private static final class Row {
        final CheckBox accept = new CheckBox();
        final TextField label = new TextField();
        final List<String> noteIds = new ArrayList<>();
        final boolean other;

        Row(ThemeProposal proposal) {
            other = proposal.other();
            noteIds.addAll(proposal.noteIds());
            label.setText(proposal.label());
            accept.setSelected(!other);
        }
    }

    SuggestionsPanel(SessionContext context, ThemesViewModel model, Runnable onClose) {
        this.context = context;
        this.model = model;
        this.onClose = onClose;
        this.m = context.messages();
        getStyleClass().add(ThemesStyle.SUGGESTIONS);
        Label title = new Label(m.get("suggest.title"));
        title.getStyleClass().add(ThemesStyle.NAME);
        count.setPrefWidth(90);
        count.setEditable(true);
        allNotes.setText(m.get("suggest.allNotes"));
        Button again = new Button(m.get("suggest.again"));
        again.setOnAction(e -> run());
        Button accept = new Button(m.get("suggest.accept"));
        accept.setDefaultButton(true);
        accept.setOnAction(e -> accept());
        Button dismiss = new Button(m.get("suggest.dismiss"));
        dismiss.setOnAction(e -> onClose.run());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        allNotes.setWrapText(true);
        allNotes.setMinHeight(Region.USE_PREF_SIZE);
        again.setMaxWidth(Double.MAX_VALUE);
        busy.setMaxSize(48, 48);
        ScrollPane scroll = new ScrollPane(proposalsBox);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        proposalsBox.getStyleClass().add(ThemesStyle.SUGGEST_LIST);
        Label countLabel = new Label(m.get("suggest.count"));
        countLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox countRow = new HBox(8, countLabel, count);
        countRow.setAlignment(Pos.CENTER_LEFT);
        scroll.setMinHeight(0);
        accept.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox decide = new HBox(8, accept, dismiss);
        TitledPane options = new TitledPane(m.get("suggest.options"),
                new VBox(6, countRow, allNotes, again));
        options.setExpanded(false);
        // Deciding stays in view at 1280x720: buttons first, the list takes what is left, options fold away.
        getChildren().addAll(title, decide, busy, status, scroll, options);
    }

    /** Clusters a snapshot of the notes off the FX thread; the window stays live meanwhile. */
    void run() {
        Session snapshot = context.session().copy();
        SuggestOptions options = SuggestOptions.defaults().withCount(count.getValue()).withAllNotes(allNotes.isSelected());
        busy.setVisible(true);
        status.setText(m.get("suggest.running"));
        proposalsBox.getChildren().clear();
        context.background().run(() -> context.suggester().suggest(snapshot, options), this::show, error -> {
            busy.setVisible(false);
            status.setText(m.format("suggest.failed", String.valueOf(error.getMessage())));
        });
    }

    private void show(List<ThemeProposal> proposals) {
        busy.setVisible(false);
        rows.clear();
        proposals.forEach(p -> rows.add(new Row(p)));
        long themes = proposals.stream().filter(p -> !p.other()).count();
        status.setText(proposals.isEmpty() ? m.get("suggest.none")
                : themes == 0 ? m.get("suggest.noneFound") : m.format("suggest.found", themes));
        render();
    }

    private void render() {
        proposalsBox.getChildren().clear();
        for (Row row : rows) {
            if (row.other && row.label.getText().isBlank()) {
                row.label.setText(m.get("suggest.other"));
            }
            row.label.setDisable(row.other);
            row.accept.setDisable(row.other);
            VBox box = new VBox(4, new HBox(6, row.accept, row.label));
            box.getStyleClass().add(ThemesStyle.PROPOSAL);
            HBox.setHgrow(row.label, Priority.ALWAYS);
            for (String id : row.noteIds) {
                context.session().note(id).ifPresent(note -> box.getChildren().add(noteLabel(row, note)));
            }
            proposalsBox.getChildren().add(box);
        }
    }

    private Label noteLabel(Row from, Note note) {
        Label label = new Label(note.getText());
        label.setWrapText(true);
        label.getStyleClass().add(ThemesStyle.PROPOSAL_NOTE);
        ContextMenu menu = new ContextMenu();
        for (Row to : rows) {
            if (to != from) {
                MenuItem item = new MenuItem(m.format("suggest.moveTo", to.label.getText()));
                item.setOnAction(e -> {
                    from.noteIds.remove(note.getId());
                    to.noteIds.add(note.getId());
                    render();
                });
                menu.getItems().add(item);
            }
        }
        label.setContextMenu(menu);
        return label;
    }

    private void accept() {
        List<ThemeProposal> accepted = rows.stream().filter(r -> !r.other && r.accept.isSelected())
                .map(r -> ThemeProposal.theme(r.label.getText(), r.noteIds)).toList();
        if (model.acceptSuggestions(accepted)) {
            onClose.run();
        } else {
            status.setText(m.get("suggest.nothingAccepted"));
        }
    }
}

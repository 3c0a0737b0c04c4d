package nl.labtafel.ui.themes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.cluster.LeftoverPlacement;
import nl.labtafel.cluster.SuggestOptions;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.model.Note;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.SessionContext;

/**
 * Suggested themes beside the columns. With themes of the facilitator's own, it first proposes for each leftover
 * note the theme it fits (accept one, or all as one undo step); then, or without own themes, it proposes new themes,
 * each with a tick, its label to rename and its notes (right-click one to move it). A running suggestion can be
 * stopped. State lives in {@link SuggestionsViewModel}; this view lays out and binds.
 */
final class SuggestionsPanel extends VBox {
    private final SessionContext context;
    private final SuggestionsViewModel model;
    private final Runnable onClose;
    private final Messages m;
    private final Spinner<Integer> count = new Spinner<>(0, SuggestOptions.MAX_COUNT, 0);
    private final CheckBox allNotes = new CheckBox();
    private final VBox listBox = new VBox();
    private final List<Row> rows = new ArrayList<>();
    private final InvalidationListener proposalsChanged = o -> showProposals();
    private final InvalidationListener fitsChanged = o -> showFits();

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

    SuggestionsPanel(SessionContext context, ThemesViewModel themes, Runnable onClose) {
        this.context = context;
        this.model = new SuggestionsViewModel(context, themes);
        this.onClose = onClose;
        this.m = context.messages();
        getStyleClass().add(ThemesStyle.SUGGESTIONS);
        Button accept = fixed(new Button(m.get("suggest.accept")));
        accept.setDefaultButton(true);
        accept.setOnAction(e -> accept());
        accept.disableProperty().bind(model.runningProperty());
        Button dismiss = fixed(new Button(m.get("suggest.dismiss")));
        dismiss.setOnAction(e -> close());
        Button stop = fixed(new Button(m.get("suggest.cancel")));
        stop.setCancelButton(true);
        stop.setOnAction(e -> model.cancel());
        stop.visibleProperty().bind(model.runningProperty());
        stop.managedProperty().bind(model.runningProperty());
        HBox decide = new HBox(8, accept, stop, dismiss);

        // Count and "also notes in a theme" open from a menu button: at 1280x720 with the room's text size, options
        // laid out in the panel pushed the proposals out of view (issue 13).
        count.setPrefWidth(90);
        count.setEditable(true);
        HBox countRow = new HBox(8, fixed(new Label(m.get("suggest.count"))), count);
        countRow.setAlignment(Pos.CENTER_LEFT);
        allNotes.setText(m.get("suggest.allNotes"));
        CustomMenuItem countItem = new CustomMenuItem(countRow, false);
        CustomMenuItem allItem = new CustomMenuItem(allNotes, false);
        MenuItem leftovers = new MenuItem(m.get("suggest.leftovers"));
        leftovers.setOnAction(e -> model.placeLeftovers());
        leftovers.setVisible(model.hasThemes());
        leftovers.disableProperty().bind(model.runningProperty());
        MenuButton options = fixed(new MenuButton(m.get("suggest.options"), null, countItem, allItem, leftovers));
        Button again = fixed(new Button(m.get("suggest.again")));
        again.setOnAction(e -> suggest());
        again.disableProperty().bind(model.runningProperty());
        // No title row: every pixel of height goes to the proposals at 1280x720 (the panel's place says what it is).
        FlowPane actions = new FlowPane(8, 6, again, options);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(32, 32);
        busy.visibleProperty().bind(model.runningProperty());
        busy.managedProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        ScrollPane scroll = new ScrollPane(listBox);
        scroll.setFitToWidth(true);
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        listBox.getStyleClass().add(ThemesStyle.SUGGEST_LIST);
        getChildren().addAll(decide, actions, busy, status, scroll);
        model.proposals().addListener(proposalsChanged);
        model.fits().addListener(fitsChanged);
    }

    private static <T extends Region> T fixed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    /** Leftovers into the facilitator's themes first when there are any, else new themes. */
    void run() {
        if (model.hasThemes() && !allNotes.isSelected()) {
            model.placeLeftovers();
        } else {
            suggest();
        }
    }

    private void suggest() {
        model.suggest(SuggestOptions.defaults().withCount(count.getValue()).withAllNotes(allNotes.isSelected()));
    }

    private void close() {
        model.cancel();
        model.proposals().removeListener(proposalsChanged);
        model.fits().removeListener(fitsChanged);
        onClose.run();
    }

    private void showProposals() {
        rows.clear();
        model.proposals().forEach(p -> rows.add(new Row(p)));
        render();
    }

    private void render() {
        listBox.getChildren().clear();
        for (Row row : rows) {
            row.label.setDisable(row.other);
            row.accept.setDisable(row.other);
            HBox head = new HBox(6, row.accept, row.label);
            HBox.setHgrow(row.label, Priority.ALWAYS);
            VBox box = new VBox(4, head);
            if (row.other) {
                Label hint = new Label(m.get("suggest.otherHint"));
                hint.setWrapText(true);
                box.getChildren().add(hint);
            }
            box.getStyleClass().add(ThemesStyle.PROPOSAL);
            for (String id : row.noteIds) {
                context.session().note(id).ifPresent(note -> box.getChildren().add(noteLabel(row, note)));
            }
            listBox.getChildren().add(box);
        }
    }

    private void showFits() {
        listBox.getChildren().clear();
        if (model.fits().isEmpty()) {
            return;
        }
        Button all = new Button(m.format("suggest.acceptAllFits", model.fits().size()));
        all.setOnAction(e -> model.acceptFits(List.copyOf(model.fits())));
        listBox.getChildren().add(all);
        for (LeftoverPlacement.Fit fit : model.fits()) {
            context.session().note(fit.noteId()).ifPresent(note -> {
                Label text = new Label(note.getText());
                text.setWrapText(true);
                text.getStyleClass().add(ThemesStyle.PROPOSAL_NOTE);
                Label target = new Label(m.format("suggest.fitTarget", model.themeName(fit.themeId()), fit.score()));
                target.setWrapText(true);
                Button one = fixed(new Button(m.get("suggest.acceptFit")));
                one.setOnAction(e -> model.acceptFits(List.of(fit)));
                HBox line = new HBox(8, target, one);
                line.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(target, Priority.ALWAYS);
                VBox box = new VBox(4, text, line);
                box.getStyleClass().add(ThemesStyle.PROPOSAL);
                listBox.getChildren().add(box);
            });
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
        if (!model.fits().isEmpty()) {
            model.acceptFits(List.copyOf(model.fits()));
            return;
        }
        List<ThemeProposal> accepted = rows.stream().filter(r -> !r.other && r.accept.isSelected())
                .map(r -> ThemeProposal.theme(r.label.getText(), r.noteIds)).toList();
        if (model.acceptProposals(accepted)) {
            close();
        }
    }
}

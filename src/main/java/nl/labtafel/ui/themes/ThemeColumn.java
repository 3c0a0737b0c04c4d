package nl.labtafel.ui.themes;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Note;
import nl.labtafel.model.Theme;
import nl.labtafel.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One theme as a labelled column (or the unassigned notes): name (double-click or F2 renames in
 * place), count, dots with − and +, chosen for a research team, a menu to merge, split or delete, and
 * the insights it came from (issue 13), and the notes as a list that accepts dropped notes and insights.
 */
final class ThemeColumn extends VBox {
    private final ThemesViewModel model;
    private final NoteDrag drag;
    private final Messages messages;
    private final Function<String, InsightKind> kindOf;
    private final ListView<Note> notes = new ListView<>();
    private final Label name = new Label();
    private final TextField nameField = new TextField();
    private final Label count = new Label();
    private final Label votes = new Label();
    private final CheckBox chosen = new CheckBox();
    private final MenuButton menu = new MenuButton();
    private final VBox header = new VBox();
    private final HBox dotsRow = new HBox();
    /** The insights the theme came from, above its post-its (hidden when it has none). */
    private final VBox sources = new VBox();
    private ThemesViewModel.Column column;
    private List<Theme> others = List.of();
    private boolean updating;

    ThemeColumn(ThemesViewModel model, Messages messages, UnaryOperator<String> groupClass, NoteDrag drag,
            Function<String, InsightKind> kindOf) {
        this.model = model;
        this.kindOf = kindOf;
        this.drag = drag;
        this.messages = messages;
        getStyleClass().add(ThemesStyle.COLUMN);
        // With few themes on a wide screen the columns share the width (up to the CSS max-width) instead of
        // leaving a third of a 1920 screen empty; with many they keep their width and the row scrolls.
        HBox.setHgrow(this, Priority.ALWAYS);
        notes.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        notes.setCellFactory(list -> new NoteCard(groupClass, drag));
        // An empty column, as a theme named before it is filled, is as narrow as the rest: the hint wraps.
        Label dropHere = new Label(messages.get("themes.dropHere"));
        dropHere.setWrapText(true);
        dropHere.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        notes.setPlaceholder(dropHere);
        VBox.setVgrow(notes, Priority.ALWAYS);
        name.getStyleClass().add(ThemesStyle.NAME);
        name.setWrapText(true);
        name.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                startRename();
            }
        });
        nameField.getStyleClass().add(ThemesStyle.NAME);
        nameField.setOnAction(e -> finishRename(true));
        nameField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finishRename(false);
                e.consume();
            }
        });
        nameField.focusedProperty().addListener((o, was, is) -> {
            if (!is && header.getChildren().contains(nameField)) {
                finishRename(true);
            }
        });
        count.getStyleClass().add(ThemesStyle.COUNT);
        votes.getStyleClass().add(ThemesStyle.VOTES);
        Button less = new Button("\u2212");
        less.setOnAction(e -> model.vote(column.themeId(), -1));
        less.setFocusTraversable(false);
        less.setTooltip(new Tooltip(messages.get("themes.cmd.unvote")));
        less.setAccessibleText(messages.get("themes.cmd.unvote"));
        Button more = new Button("+");
        more.setOnAction(e -> model.vote(column.themeId(), 1));
        more.setFocusTraversable(false);
        more.setTooltip(new Tooltip(messages.get("themes.cmd.vote")));
        more.setAccessibleText(messages.get("themes.cmd.vote"));
        chosen.setText(messages.get("themes.chosen"));
        chosen.setTooltip(new Tooltip(messages.get("themes.chosenTip")));
        chosen.selectedProperty().addListener((o, was, is) -> {
            if (!updating && column.theme() != null) {
                model.setChosen(column.themeId(), is);
            }
        });
        menu.setTooltip(new Tooltip(messages.get("themes.menu")));
        menu.setGraphic(new FontIcon("mdi2d-dots-vertical"));
        menu.setOnShowing(e -> fillMenu());
        menu.getStyleClass().add(ThemesStyle.MENU);
        votes.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        dotsRow.getChildren().addAll(less, votes, more, gap, count);
        dotsRow.getStyleClass().add(ThemesStyle.DOTS);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox teamRow = new HBox(chosen, gap2, menu);
        teamRow.getStyleClass().add(ThemesStyle.DOTS);
        header.getStyleClass().add(ThemesStyle.HEADER);
        header.getChildren().addAll(name, dotsRow, teamRow);
        sources.getStyleClass().add(ThemesStyle.HEADER);
        sources.setManaged(false);
        sources.setVisible(false);
        getChildren().addAll(header, sources, notes);
        addEventFilter(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> pseudoClassStateChanged(ThemesStyle.DROP, drag.active()));
        addEventFilter(MouseDragEvent.MOUSE_DRAG_EXITED, e -> pseudoClassStateChanged(ThemesStyle.DROP, false));
        addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            pseudoClassStateChanged(ThemesStyle.DROP, false);
            boolean insights = drag.carriesInsights();
            List<String> ids = drag.take();
            if (!ids.isEmpty() && insights) {
                model.joinInsights(ids, column.themeId());
            } else if (!ids.isEmpty()) {
                model.move(ids, column.themeId());
            }
            e.consume();
        });
    }

    /** Shows a (new) column's content; {@code others} are the themes it can be merged into. */
    void show(ThemesViewModel.Column column, List<Theme> others) {
        this.column = column;
        updating = true;
        Theme theme = column.theme();
        boolean isTheme = theme != null;
        pseudoClassStateChanged(ThemesStyle.CHOSEN, isTheme && theme.isChosen());
        // A style class taken off and put back restyles the whole column and its list: change it only when it changes.
        if (isTheme == getStyleClass().contains(ThemesStyle.UNASSIGNED)) {
            if (isTheme) {
                getStyleClass().remove(ThemesStyle.UNASSIGNED);
            } else {
                getStyleClass().add(ThemesStyle.UNASSIGNED);
            }
        }
        name.setText(isTheme ? theme.getName() : messages.get("themes.unassigned"));
        count.setText(String.valueOf(column.notes().size()));
        votes.setText(isTheme ? "\u25CF " + theme.getVotes() : "");
        chosen.setSelected(isTheme && theme.isChosen());
        for (Node control : List.of(dotsRow.getChildren().get(0), votes, dotsRow.getChildren().get(2), header.getChildren().get(2))) {
            control.setVisible(isTheme);
            control.setManaged(isTheme);
        }
        // Only the columns a change touched re-read their notes: with 5,000 notes in 30 themes a drop
        // otherwise re-lays every list.
        if (!notes.getItems().equals(column.notes())) {
            notes.getItems().setAll(column.notes());
        }
        showSources(column);
        menu.getItems().clear();
        this.others = others;
        updating = false;
    }

    private void showSources(ThemesViewModel.Column column) {
        List<String> shown = sources.getChildren().stream().map(n -> ((InsightChip) n).insightId()).toList();
        List<String> wanted = column.insights().stream().map(Insight::getId).toList();
        if (!shown.equals(wanted) || chipTextsDiffer(column.insights())) {
            sources.getChildren().setAll(column.insights().stream().map(i -> new InsightChip(i,
                    kindOf.apply(i.getId()), messages, drag)).toList());
        }
        sources.setManaged(!wanted.isEmpty());
        sources.setVisible(!wanted.isEmpty());
    }

    private boolean chipTextsDiffer(List<Insight> insights) {
        for (int i = 0; i < insights.size(); i++) {
            if (!((InsightChip) sources.getChildren().get(i)).getText().equals(insights.get(i).getText())) {
                return true;
            }
        }
        return false;
    }

    /** The chip of this insight, if the theme came from it. */
    InsightChip chip(String insightId) {
        return sources.getChildren().stream().map(n -> (InsightChip) n).filter(c -> c.insightId().equals(insightId))
                .findFirst().orElse(null);
    }

    /** The theme menu is made when opened: building 30 menus of 30 items on every change cost most of a frame. */
    private void fillMenu() {
        Theme theme = column.theme();
        menu.getItems().clear();
        if (theme != null) {
            Menu mergeInto = new Menu(messages.get("themes.mergeInto"));
            for (Theme other : others) {
                MenuItem item = new MenuItem(other.getName());
                item.setOnAction(e -> model.merge(other.getId(), theme.getId()));
                mergeInto.getItems().add(item);
            }
            mergeInto.setDisable(others.isEmpty());
            MenuItem rename = new MenuItem(messages.get("themes.rename"));
            rename.setOnAction(e -> startRename());
            MenuItem split = new MenuItem(messages.get("themes.split"));
            split.setOnAction(e -> model.split(theme.getId(), selectedIds()));
            MenuItem delete = new MenuItem(messages.get("themes.delete"));
            delete.setOnAction(e -> model.delete(theme.getId()));
            menu.getItems().addAll(rename, mergeInto, split, delete);
        }
    }

    String themeId() {
        return column == null ? null : column.themeId();
    }

    ListView<Note> list() {
        return notes;
    }

    List<String> selectedIds() {
        return notes.getSelectionModel().getSelectedItems().stream().map(Note::getId).toList();
    }

    void startRename() {
        if (column == null || column.theme() == null) {
            return;
        }
        nameField.setText(column.theme().getName());
        header.getChildren().set(0, nameField);
        nameField.requestFocus();
        nameField.selectAll();
    }

    private void finishRename(boolean commit) {
        if (!header.getChildren().contains(nameField)) {
            return;
        }
        header.getChildren().set(0, name);
        if (commit) {
            model.rename(column.themeId(), nameField.getText());
        }
        notes.requestFocus();
    }
}

package nl.labtafel.ui.themes;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.Theme;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.ActorGroupStyles;
import nl.labtafel.ui.common.AudienceItem;
import nl.labtafel.ui.common.AudienceSelection;
import nl.labtafel.ui.common.ChangeMark;
import nl.labtafel.ui.common.ListReveal;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/**
 * The themes phase: the inventory clustered by hand into labelled columns (unassigned first), dot
 * voting per theme, the ranking, and choosing the top themes for research teams. Beside the columns the
 * insights: one can start a theme or join one (issue 13) and stays in its list.
 */
public final class ThemesWorkspace implements Workspace {
    static final KeyCombination MAKE_THEME = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DELETE_THEME = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN);

    private final SessionContext context;
    private final ThemesViewModel model;
    private final BorderPane root = new BorderPane();
    private final HBox columnBox = new HBox();
    private final List<ThemeColumn> columns = new ArrayList<>();
    private final Label dots = new Label();
    private final Label message = new Label();
    private final RankingPanel ranking;
    private final NoteDrag drag = new NoteDrag();
    private final ToggleButton showRanking;
    private final InsightsPanel insights;
    private final ToggleButton showInsights = new ToggleButton();
    private final ScrollPane scroll;

    /** Folds the insights beside the columns away and back, so the theme columns get the room (issue 12). */
    static final KeyCombination FOLD_INSIGHTS = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    static final KeyCombination SUGGEST = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    public ThemesWorkspace(SessionContext context) {
        this.context = context;
        this.model = new ThemesViewModel(context);
        Messages m = context.messages();
        root.getStyleClass().add(ThemesStyle.WORKSPACE);
        root.getStylesheets().addAll(getClass().getResource(ThemesStyle.STYLESHEET).toExternalForm(),
                ActorGroupStyles.dataUrl(context.session().getActorGroups()));
        showRanking = new ToggleButton(m.get("themes.ranking"));
        Button make = new Button(m.get("themes.make"));
        make.setOnAction(e -> makeTheme());
        Spinner<Integer> topN = new Spinner<>(1, 20, 3);
        topN.setEditable(true);
        topN.setPrefWidth(90);
        Button choose = new Button(m.get("themes.chooseTop"));
        choose.setOnAction(e -> model.chooseTop(topN.getValue()));
        message.getStyleClass().add(ThemesStyle.MESSAGE);
        Button suggest = new Button(m.get("suggest.open"));
        suggest.setOnAction(e -> suggest());
        showInsights.setText(m.get("themes.insightsShown"));
        showInsights.setId("themes-insights-toggle");
        showInsights.setSelected(true);
        FlowPane toolbar = new FlowPane(make, suggest, new HBox(topN, choose), showRanking, showInsights, dots, message);
        toolbar.getStyleClass().add(ThemesStyle.TOOLBAR);
        columnBox.getStyleClass().add(ThemesStyle.COLUMNS);
        scroll = new ScrollPane(columnBox);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true); // never narrower than the columns' minimums: those scroll sideways as before
        ranking = new RankingPanel(m);
        insights = new InsightsPanel(m, drag);
        insights.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            if (drag.carriesInsights()) {
                model.joinInsights(drag.take(), null);
            }
        });
        root.setLeft(insights);
        showInsights.selectedProperty().addListener((o, was, is) -> root.setLeft(is ? insights : null));
        root.setTop(toolbar);
        root.setCenter(scroll);
        showRanking.selectedProperty().addListener((o, was, is) -> root.setRight(is ? ranking : null));
        message.textProperty().bind(model.messageProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        // A drag released outside every column is over too, once the release has been handled.
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(drag::clear));
        context.commands().revisionProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        List<ThemesViewModel.Column> data = model.columns();
        while (columns.size() < data.size()) {
            ThemeColumn added = new ThemeColumn(model, context.messages(),
                    groupId -> ActorGroupStyles.styleClass(context.session().getActorGroups(), groupId), drag,
                    id -> context.session().getInsights().kindOf(id).orElse(InsightKind.OPPORTUNITIES));
            AudienceSelection.follow(added.list(), n -> AudienceItem.note(n.getId()), context.audience());
            AudienceSelection.whileFocused(added, () -> added.themeId() == null || !added.list().getSelectionModel()
                    .isEmpty() ? null : new AudienceItem(AudienceItem.Kind.THEME, added.themeId()), context.audience());
            columns.add(added);
        }
        List<Theme> themes = context.session().getThemes();
        for (int i = 0; i < data.size(); i++) {
            ThemesViewModel.Column column = data.get(i);
            columns.get(i).show(column, themes.stream().filter(t -> t != column.theme()).toList());
        }
        // Setting the same columns again would take every column out of the scene and put it back, and
        // JavaFX then styles all 30 lists anew: most of a move's frame (ThemesFrameBench).
        List<ThemeColumn> shown = columns.subList(0, data.size());
        if (!columnBox.getChildren().equals(shown)) {
            columnBox.getChildren().setAll(shown);
        }
        insights.show(model.insights());
        dots.setText(model.dotsText());
        ranking.show(model.ranking());
    }

    /** Opens the suggestions beside the columns and starts the clustering. */
    private void suggest() {
        showRanking.setSelected(false);
        SuggestionsPanel panel = new SuggestionsPanel(context, model, () -> root.setRight(null));
        root.setRight(panel);
        panel.run();
    }

    /** Ctrl+G: a theme of the selected post-its and, when any are selected beside the columns, insights. */
    private void makeTheme() {
        List<String> selected = columns.stream().filter(c -> columnBox.getChildren().contains(c))
                .flatMap(c -> c.selectedIds().stream()).toList();
        List<String> fromInsights = insights.selectedIds();
        String id = fromInsights.isEmpty() ? model.makeTheme(selected) : model.makeThemeFromInsights(selected, fromInsights);
        insights.list().getSelectionModel().clearSelection();
        if (id != null) {
            Platform.runLater(() -> columns.stream().filter(c -> id.equals(c.themeId())).findFirst()
                    .ifPresent(ThemeColumn::startRename));
        }
    }

    /** After an insight moved, the keyboard follows it to its new column (or back to the panel). */
    private void refocusInsight(String insightId) {
        for (ThemeColumn column : columns) {
            InsightChip chip = column.chip(insightId);
            if (chip != null && columnBox.getChildren().contains(column)) {
                chip.requestFocus();
                return;
            }
        }
        insights.reveal(insightId);
    }

    @Override
    public String focusedItem() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof InsightChip chip) {
            return chip.insightId();
        }
        if (focus == insights.list() && !insights.selectedIds().isEmpty()) {
            return insights.selectedIds().get(0);
        }
        ThemeColumn column = focusedColumn();
        if (column == null) {
            return null;
        }
        return column.selectedIds().isEmpty() ? column.themeId() : column.selectedIds().get(0);
    }

    /** Undo or redo changed this note, insight or theme: select it, bring it into view and mark it. */
    @Override
    public boolean reveal(String item) {
        List<ThemeColumn> shown = columns.stream().filter(c -> columnBox.getChildren().contains(c)).toList();
        for (ThemeColumn column : shown) {
            if (item.equals(column.themeId())) {
                column.list().requestFocus();
                bringIntoView(column);
                ChangeMark.flash(column);
                return true;
            }
            InsightChip chip = column.chip(item);
            if (chip != null) {
                insights.reveal(item);
                bringIntoView(column);
                chip.requestFocus();
                ChangeMark.flash(chip);
                return true;
            }
            if (ListReveal.reveal(column.list(), n -> n.getId().equals(item))) {
                bringIntoView(column);
                return true;
            }
        }
        return insights.reveal(item);
    }

    private void bringIntoView(ThemeColumn column) {
        double content = columnBox.getWidth() - scroll.getViewportBounds().getWidth();
        if (content > 0) {
            double x = column.getBoundsInParent().getMinX();
            scroll.setHvalue(Math.max(0, Math.min(1, (x - 20) / content)));
        }
    }

    private ThemeColumn focusedColumn() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof ThemeColumn column) {
                return column;
            }
        }
        return null;
    }

    private void key(KeyEvent e) {
        if (FOLD_INSIGHTS.match(e)) {
            showInsights.setSelected(!showInsights.isSelected());
            e.consume();
            return;
        }
        ThemeColumn column = focusedColumn();
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean sideways = e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT);
        int step = e.getCode() == KeyCode.LEFT ? -1 : 1;
        if (focus instanceof InsightChip chip && (sideways || e.getCode() == KeyCode.DELETE
                || e.getCode() == KeyCode.BACK_SPACE)) {
            if (sideways) {
                model.stepInsight(chip.insightId(), step);
            } else {
                model.joinInsights(List.of(chip.insightId()), null);
            }
            refocusInsight(chip.insightId());
            e.consume();
            return;
        }
        if (focus == insights.list() && sideways && !insights.selectedIds().isEmpty()) {
            insights.selectedIds().forEach(id -> model.stepInsight(id, step));
            e.consume();
            return;
        }
        if (SUGGEST.match(e)) {
            suggest();
        } else if (MAKE_THEME.match(e)) {
            makeTheme();
        } else if (column != null && column.themeId() != null && DELETE_THEME.match(e)) {
            model.delete(column.themeId());
        } else if (column != null && column.themeId() != null && e.getCode() == KeyCode.F2) {
            column.startRename();
        } else if (column != null && e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            int index = columns.indexOf(column) + (e.getCode() == KeyCode.LEFT ? -1 : 1);
            if (index >= 0 && index < columnBox.getChildren().size() && !column.selectedIds().isEmpty()) {
                model.move(column.selectedIds(), columns.get(index).themeId());
            }
        } else {
            return;
        }
        e.consume();
    }

    /** + and − give or take a dot: on the theme, or with Alt on the selected notes. */
    private void typed(KeyEvent e) {
        ThemeColumn column = focusedColumn();
        if (column == null || !(e.getTarget() instanceof ListView)) {
            return;
        }
        int delta = switch (e.getCharacter()) {
            case "+", "=" -> 1;
            case "-", "\u2212" -> -1;
            default -> 0;
        };
        if (delta == 0) {
            return;
        }
        if (e.isAltDown() && !column.selectedIds().isEmpty()) {
            model.voteNotes(column.selectedIds(), delta);
        } else if (column.themeId() != null) {
            model.vote(column.themeId(), delta);
        }
        e.consume();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<ShortcutSpec> shortcuts() {
        return List.of(
                new ShortcutSpec("themes.make", "themes.make", "mdi2s-shape-square-plus", MAKE_THEME),
                new ShortcutSpec("themes.suggest", "suggest.open", "mdi2l-lightbulb-on-outline", SUGGEST),
                new ShortcutSpec("themes.vote", "themes.key.vote", null, null),
                new ShortcutSpec("themes.voteNote", "themes.key.voteNote", null, null),
                new ShortcutSpec("themes.moveNotes", "themes.key.move", null, null),
                new ShortcutSpec("themes.insightMake", "themes.key.insightMake", null, null),
                new ShortcutSpec("themes.insightMove", "themes.key.insightMove", null, null),
                new ShortcutSpec("themes.foldInsights", "themes.key.foldInsights", null, FOLD_INSIGHTS),
                new ShortcutSpec("themes.insightLeave", "themes.key.insightLeave", null, null),
                new ShortcutSpec("themes.rename", "themes.rename", null, new KeyCodeCombination(KeyCode.F2)),
                new ShortcutSpec("themes.delete", "themes.delete", null, DELETE_THEME));
    }

    @Override
    public void activate() {
        if (!columns.isEmpty()) {
            columns.get(0).list().requestFocus();
        }
    }
}

package nl.labtafel.ui.teams;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.util.Subscription;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.ActorGroupStyles;
import nl.labtafel.ui.common.ChangeMark;
import nl.labtafel.ui.common.ListReveal;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.shortcuts.ShortcutSpec;

/**
 * "Onderzoeksteams": a tab per research team with its canvas, and an overview of all canvases side by
 * side for the projector. Teams come from the themes chosen in the themes phase.
 */
public final class TeamsWorkspace implements Workspace {
    private final SessionContext context;
    private final TabPane tabs = new TabPane();
    private final VBox root = new VBox();
    private final HBox overview = new HBox();
    private final Map<String, CanvasView> canvases = new HashMap<>();
    private List<String> shownTeams = List.of();
    private final Subscription edits;

    public TeamsWorkspace(SessionContext context) {
        this.context = context;
        root.getStyleClass().add(CanvasStyle.WORKSPACE);
        root.getStylesheets().addAll(getClass().getResource(CanvasStyle.STYLESHEET).toExternalForm(),
                ActorGroupStyles.dataUrl(context.session().getActorGroups()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        overview.getStyleClass().add(CanvasStyle.OVERVIEW);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().add(tabs);
        edits = context.commands().revisionProperty().subscribe(this::refresh);
        // The room sees the team the console shows (the overview tab leaves the room on the last team).
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is.getUserData() instanceof String id && !"overview".equals(id)) {
                context.audience().teamIdProperty().set(id);
            }
        });
        refresh();
    }

    @Override
    public void dispose() {
        edits.unsubscribe();
        canvases.values().forEach(CanvasView::dispose);
        canvases.clear();
        tabs.getTabs().clear();
    }

    private void refresh() {
        Session s = context.session();
        List<String> ids = s.getTeams().stream().map(ResearchTeam::getId).toList();
        if (!ids.equals(shownTeams)) {
            rebuild(s);
        }
        canvases.values().forEach(CanvasView::refresh);
        showOverview(s);
    }

    private void rebuild(Session s) {
        Messages m = context.messages();
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        String selectedId = selected == null ? null : (String) selected.getUserData();
        tabs.getTabs().clear();
        canvases.values().forEach(CanvasView::dispose); // or each old canvas lives on, listening, per team change
        canvases.clear();
        shownTeams = s.getTeams().stream().map(ResearchTeam::getId).toList();
        Tab all = new Tab(m.get("canvas.overview"), new ScrollPane(overview));
        all.setUserData("overview");
        tabs.getTabs().add(all);
        int number = 1;
        for (ResearchTeam team : s.getTeams()) {
            CanvasView canvas = new CanvasView(new CanvasViewModel(context, team.getId()), team);
            canvases.put(team.getId(), canvas);
            Tab tab = new Tab(m.format("teams.title", number++, themeName(s, team)), canvas);
            tab.setUserData(team.getId());
            tabs.getTabs().add(tab);
            if (team.getId().equals(selectedId)) {
                tabs.getSelectionModel().select(tab);
            }
        }
        if (tabs.getSelectionModel().getSelectedItem() == all && tabs.getTabs().size() > 1 && selectedId == null) {
            tabs.getSelectionModel().select(1);
        }
        if (s.getTeams().isEmpty()) {
            overview.getChildren().setAll(new Label(m.get("teams.none")));
        }
    }

    private void showOverview(Session s) {
        if (s.getTeams().isEmpty()) {
            return;
        }
        overview.getChildren().clear();
        int number = 1;
        for (ResearchTeam team : s.getTeams()) {
            VBox box = new VBox();
            box.getStyleClass().add(CanvasStyle.OVERVIEW_TEAM);
            Label title = new Label(context.messages().format("teams.title", number++, themeName(s, team)));
            title.getStyleClass().add(CanvasStyle.TEAM_TITLE);
            title.setWrapText(true);
            box.getChildren().add(title);
            for (CanvasLane lane : CanvasLane.values()) {
                Label question = new Label(s.getCanvasQuestions().question(lane).get(s.language()));
                question.getStyleClass().add(CanvasStyle.QUESTION);
                question.setWrapText(true);
                box.getChildren().add(question);
                for (CanvasNote note : team.lane(lane)) {
                    Label text = new Label(note.getText());
                    text.setWrapText(true);
                    text.getStyleClass().add(CanvasStyle.OVERVIEW_NOTE);
                    box.getChildren().add(text);
                }
            }
            overview.getChildren().add(box);
        }
    }

    private String themeName(Session s, ResearchTeam team) {
        return team.getThemeId() == null ? "" : s.theme(team.getThemeId()).map(t -> t.getName()).orElse("");
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<ShortcutSpec> shortcuts() {
        return List.of(
                new ShortcutSpec("canvas.tab", "canvas.key.tab", null, new KeyCodeCombination(KeyCode.TAB)),
                new ShortcutSpec("canvas.edit", "canvas.edit", null, new KeyCodeCombination(KeyCode.F2)),
                new ShortcutSpec("canvas.move", "canvas.key.move", null, null),
                new ShortcutSpec("canvas.toAction", "canvas.toAction", "mdi2c-checkbox-marked-circle-outline",
                        new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN)));
    }

    /** The canvas note the facilitator is on, else the team whose canvas is shown. */
    @Override
    public String focusedItem() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == null || !(tab.getContent() instanceof CanvasView canvas)) {
            return null;
        }
        for (CanvasLane lane : CanvasLane.values()) {
            ListView<CanvasNote> list = canvas.lane(lane).list();
            if (list.isFocused() && list.getSelectionModel().getSelectedItem() != null) {
                return list.getSelectionModel().getSelectedItem().getId();
            }
        }
        return (String) tab.getUserData();
    }

    /** Undo or redo changed this canvas note or team: its canvas comes up, the note selected and marked. */
    @Override
    public boolean reveal(String item) {
        for (ResearchTeam team : context.session().getTeams()) {
            CanvasView canvas = canvases.get(team.getId());
            Tab tab = tabs.getTabs().stream().filter(t -> team.getId().equals(t.getUserData())).findFirst().orElse(null);
            if (canvas == null || tab == null) {
                continue;
            }
            if (team.getId().equals(item)) {
                tabs.getSelectionModel().select(tab);
                ChangeMark.flash(canvas);
                return true;
            }
            for (CanvasLane lane : CanvasLane.values()) {
                if (team.lane(lane).stream().anyMatch(n -> n.getId().equals(item))) {
                    tabs.getSelectionModel().select(tab);
                    // Once the newly shown canvas has been laid out.
                    Platform.runLater(() -> ListReveal.reveal(canvas.lane(lane).list(), n -> n.getId().equals(item)));
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void activate() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getContent() instanceof CanvasView canvas) {
            whenInScene(canvas, canvas::focusCapture);
        }
    }

    /**
     * The first time the phase is entered the tab pane has no skin yet and the canvas is not in the scene: a focus
     * request then is lost and the first keys typed go nowhere (issue 12). Wait until it is there.
     */
    private static void whenInScene(Node node, Runnable focus) {
        if (node.getScene() != null) {
            focus.run();
            return;
        }
        node.sceneProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (node.getScene() != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(focus);
                }
            }
        });
    }
}

package nl.labtafel.ui.phases;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import nl.labtafel.model.Messages;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.ui.ActionSpec;
import nl.labtafel.ui.SessionContext;
import nl.labtafel.ui.Workspace;
import nl.labtafel.ui.edit.FieldBinding;

/**
 * "Onderzoeksteams": per team its key outcomes and "Mogelijk vervolg", the two texts the minutes print
 * for each team. The canvases come with the themes work; teams appear here once themes are chosen.
 */
public final class ResearchTeamsWorkspace implements Workspace {
    private final SessionContext context;
    private final VBox teams = new VBox();
    private final Node view;
    private List<ResearchTeam> shownTeams = List.of();
    private TextArea first;

    public ResearchTeamsWorkspace(SessionContext context) {
        this.context = context;
        teams.getStyleClass().add("lt-teams");
        view = Forms.page(teams);
        rebuild();
        // Teams are added or removed by the themes phase; the texts themselves refresh through their bindings.
        context.commands().revisionProperty().addListener((obs, o, n) -> {
            if (!sameTeams()) {
                rebuild();
            }
        });
    }

    /** The same team objects in the same order (an undo may put back other objects with the same ids). */
    private boolean sameTeams() {
        List<ResearchTeam> now = context.session().getTeams();
        if (now.size() != shownTeams.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != shownTeams.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void rebuild() {
        Messages m = context.messages();
        Session session = context.session();
        teams.getChildren().clear();
        first = null;
        shownTeams = List.copyOf(session.getTeams());
        if (session.getTeams().isEmpty()) {
            teams.getChildren().add(Forms.muted(m.get("teams.none")));
            return;
        }
        int number = 1;
        for (ResearchTeam team : session.getTeams()) {
            String theme = session.theme(team.getThemeId()).map(t -> t.getName()).orElse("");
            String title = m.format("teams.title", number++, theme);
            TextArea outcome = Forms.paragraph("team-outcome-" + team.getId(), 4);
            TextArea next = Forms.paragraph("team-next-" + team.getId(), 3);
            FieldBinding.text(context, outcome, m.format("cmd.team.outcome", theme), team::getOutcome,
                    team::setOutcome);
            FieldBinding.text(context, next, m.format("cmd.team.next", theme), team::getNextStep, team::setNextStep);
            List<Node> rows = new ArrayList<>(List.of(Forms.subheading(title),
                    Forms.fieldLabel(m.get("teams.outcome"), outcome), outcome,
                    Forms.fieldLabel(m.get("teams.next"), next), next));
            VBox box = new VBox();
            box.getStyleClass().add("lt-team");
            box.getChildren().setAll(rows);
            teams.getChildren().add(box);
            if (first == null) {
                first = outcome;
            }
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ActionSpec> actions() {
        return List.of();
    }

    @Override
    public void activate() {
        if (first != null) {
            first.requestFocus();
        }
    }
}

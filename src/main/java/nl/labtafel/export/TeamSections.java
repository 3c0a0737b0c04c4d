package nl.labtafel.export;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * "Belangrijkste uitkomsten onderzoeksteams": one numbered subsection per team with its outcome and
 * "Mogelijk vervolg", optionally the members' names and the canvas as a three-column table.
 */
final class TeamSections {
    private final Session session;
    private final ExportOptions options;
    private final ExportLabels labels;
    private final DocWriter out;

    TeamSections(Session session, ExportOptions options, ExportLabels labels, DocWriter out) {
        this.session = session;
        this.options = options;
        this.labels = labels;
        this.out = out;
    }

    /** The themes the teams worked on: the ones the room chose, else those the teams point at. */
    static List<Theme> teamThemes(Session session) {
        List<Theme> chosen = session.chosenThemes();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        Set<Theme> ofTeams = new LinkedHashSet<>();
        for (ResearchTeam team : session.getTeams()) {
            if (team.getThemeId() != null) {
                session.theme(team.getThemeId()).ifPresent(ofTeams::add);
            }
        }
        return new ArrayList<>(ofTeams);
    }

    /** @param summary the research-team phase's own summary, under the section heading ("" for none) */
    void write(String summary) {
        List<ResearchTeam> teams = session.getTeams().stream().filter(this::hasContent).toList();
        if (teams.isEmpty() && SafeText.isBlank(summary)) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.teams"));
        out.paragraphs(StyleRole.NORMAL, summary);
        BigInteger numbering = out.newNumbering();
        int number = 0;
        for (ResearchTeam team : teams) {
            number++;
            out.numberedHeading(StyleRole.HEADING_2, teamTitle(team, number), numbering);
            if (options.withNames() && team.getMembers().stream().anyMatch(m -> !SafeText.isBlank(m))) {
                List<String> names = team.getMembers().stream().filter(m -> !SafeText.isBlank(m))
                        .map(m -> SafeText.clean(m).strip()).toList();
                out.labelled(labels.get("team.members"), String.join(", ", names));
            }
            out.paragraphs(StyleRole.NORMAL, team.getOutcome());
            if (!SafeText.isBlank(team.getNextStep())) {
                out.labelled(labels.get("team.nextStep"), team.getNextStep());
            }
            if (options.canvasTables() && canvasSize(team) > 0) {
                canvasTable(team, teamTitle(team, number));
            }
        }
    }

    private boolean hasContent(ResearchTeam team) {
        return !SafeText.isBlank(team.getOutcome()) || !SafeText.isBlank(team.getNextStep())
                || (options.canvasTables() && canvasSize(team) > 0)
                || (options.withNames() && team.getMembers().stream().anyMatch(m -> !SafeText.isBlank(m)));
    }

    private static int canvasSize(ResearchTeam team) {
        int max = 0;
        for (CanvasLane lane : CanvasLane.values()) {
            max = Math.max(max, team.lane(lane).size());
        }
        return max;
    }

    private String teamTitle(ResearchTeam team, int number) {
        String name = team.getThemeId() == null ? "" : session.theme(team.getThemeId()).map(Theme::getName).orElse("");
        return SafeText.isBlank(name) ? labels.format("team.untitled", number) : name;
    }

    /** Grondstoffen, chemie and proeven side by side: row i holds the i-th note of each lane. */
    private void canvasTable(ResearchTeam team, String title) {
        List<String> headers = new ArrayList<>();
        for (CanvasLane lane : CanvasLane.values()) {
            headers.add(session.getCanvasQuestions().question(lane).get(labels.language()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < canvasSize(team); i++) {
            List<String> row = new ArrayList<>(3);
            for (CanvasLane lane : CanvasLane.values()) {
                List<CanvasNote> notes = team.lane(lane);
                row.add(i < notes.size() ? notes.get(i).getText() : "");
            }
            rows.add(row);
        }
        out.table(headers, rows, new double[] {1, 1, 1}); // the three questions weigh the same
        out.paragraph(StyleRole.CAPTION, labels.format("team.canvasCaption", title));
    }
}

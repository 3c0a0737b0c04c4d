package nl.labtafel.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Insights;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.model.Theme;

/**
 * The minutes, in the order of the seed: title, date and participant lines, then Introductie, Blik van
 * vandaag (over)morgen, Kansen en uitdagingen, Thema's onderzoeksteams, the teams' outcomes, Vervolg and
 * Afgesproken, then the optional inventory appendix. A section with nothing in it is left out.
 */
final class MinutesExporter {
    static final Set<StyleRole> NEEDED = EnumSet.allOf(StyleRole.class);
    private static final double[] ACTION_COLUMNS = {6, 2, 1.6};

    private final Session session;
    private final ExportOptions options;
    private final ExportLabels labels;
    private final DocWriter out;
    private final PngInfo board;

    MinutesExporter(Session session, ExportOptions options, ExportLabels labels, DocWriter out, PngInfo board) {
        this.session = session;
        this.options = options;
        this.labels = labels;
        this.out = out;
        this.board = board;
    }

    void write(ExportProgress progress) throws IOException {
        header();
        introduction();
        new CarriedActionsSection(session, labels, out).write();
        progress.report(0.1);
        inventory();
        insights();
        progress.report(0.2);
        themes();
        new TeamSections(session, options, labels, out).write();
        progress.report(0.4);
        followUp();
        actions();
        progress.report(0.5);
        new InventoryAppendix(session, options.inventoryAppendix(), labels, out).write();
    }

    static String title(Session session, ExportLabels labels) {
        String title = SafeText.clean(session.getHeader().getTitle()).strip();
        return title.isEmpty() ? labels.get("minutes.untitled") : labels.format("minutes.title", title);
    }

    private void header() {
        SessionHeader h = session.getHeader();
        out.paragraph(StyleRole.TITLE, title(session, labels));
        String dateLine = labels.dateLine(h);
        if (!dateLine.isEmpty()) {
            out.paragraph(StyleRole.SUBTITLE, dateLine);
        }
        if (!SafeText.isBlank(h.getPlace())) {
            out.paragraph(StyleRole.SUBTITLE, labels.format("place", SafeText.clean(h.getPlace()).strip()));
        }
        if (h.getParticipantCount() != null) {
            out.paragraph(StyleRole.SUBTITLE, labels.format("participants", h.getParticipantCount()));
        }
    }

    private void introduction() {
        if (SafeText.isBlank(session.getIntroduction())) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.introduction"));
        out.paragraphs(StyleRole.NORMAL, session.getIntroduction());
    }

    private void inventory() throws IOException {
        List<Note> notes = session.getNotes();
        if (notes.isEmpty() && board == null) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.inventory"));
        out.paragraph(StyleRole.NORMAL, labels.get("inventory.lead"));
        if (!notes.isEmpty()) {
            out.paragraph(StyleRole.NORMAL, labels.format("inventory.count", notes.size(), notesPerGroup(notes)));
        }
        if (board != null) {
            out.picture(board, "bord.png");
            out.paragraph(StyleRole.CAPTION, labels.get("board.caption"));
        }
    }

    /** "inwoners (8), ondernemers (6) en gemeente (2)", in the session's order of groups. */
    private String notesPerGroup(List<Note> notes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        session.getActorGroups().forEach(g -> counts.put(g.getId(), 0));
        int ungrouped = 0;
        for (Note note : notes) {
            if (note.getActorGroupId() != null && counts.containsKey(note.getActorGroupId())) {
                counts.merge(note.getActorGroupId(), 1, Integer::sum);
            } else {
                ungrouped++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (ActorGroup group : session.getActorGroups()) {
            int count = counts.get(group.getId());
            if (count > 0) {
                parts.add(labels.format("inventory.group", inRunningText(groupName(group)), count));
            }
        }
        if (ungrouped > 0) {
            parts.add(labels.format("inventory.group", labels.get("inventory.noGroup"), ungrouped));
        }
        return labels.enumerate(parts);
    }

    private String groupName(ActorGroup group) {
        String name = group.getName() == null ? "" : SafeText.clean(group.getName().get(labels.language())).strip();
        return name.isEmpty() ? SafeText.clean(group.getId()) : name;
    }

    /** "Inwoners" reads "inwoners" inside a sentence; "WIJ-teams" or "RKC" keep their capitals. */
    private static String inRunningText(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    private void insights() {
        Insights insights = session.getInsights();
        if (insights.size() == 0) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.insights"));
        out.paragraph(StyleRole.NORMAL, labels.get("insights.lead"));
        bulletList(labels.get("insights.observations"), insights.getObservations());
        List<Insight> opportunitiesAndChallenges = new ArrayList<>(insights.getOpportunities());
        opportunitiesAndChallenges.addAll(insights.getChallenges());
        bulletList(labels.get("insights.opportunitiesAndChallenges"), opportunitiesAndChallenges);
        bulletList(labels.get("insights.ideas"), insights.getIdeas());
    }

    private void bulletList(String title, List<Insight> items) {
        List<String> texts = items.stream().map(Insight::getText).filter(t -> !SafeText.isBlank(t)).toList();
        if (texts.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_3, title);
        texts.forEach(out::bullet);
    }

    private void themes() {
        List<String> themes = TeamSections.teamThemes(session).stream().map(Theme::getName)
                .filter(n -> !SafeText.isBlank(n)).toList();
        boolean teams = !session.getTeams().isEmpty();
        if (themes.isEmpty() && !teams) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.themes"));
        if (!themes.isEmpty()) {
            out.paragraph(StyleRole.NORMAL, labels.format("themes.lead", themeCount(themes.size())));
            themes.forEach(out::bullet);
        }
        if (teams) {
            out.paragraph(StyleRole.NORMAL, labels.get("canvas.lead"));
            for (CanvasLane lane : CanvasLane.values()) {
                out.bullet(session.getCanvasQuestions().question(lane).get(labels.language()));
            }
        }
    }

    /** "drie thema's": numbers up to ten in words, as the seed writes them. */
    private String themeCount(int count) {
        if (count == 1) {
            return labels.get("themes.one");
        }
        String number = count <= 10 ? labels.get("number." + count) : String.valueOf(count);
        return labels.format("themes.many", number);
    }

    private void followUp() {
        if (SafeText.isBlank(session.getFollowUp())) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.followUp"));
        out.paragraphs(StyleRole.NORMAL, session.getFollowUp());
    }

    private void actions() {
        List<ActionItem> actions = session.getActions().stream().filter(a -> !SafeText.isBlank(a.getWhat())).toList();
        if (actions.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.actions"));
        // Right after the evening most actions have no date yet: an empty "Wanneer" column looks unfinished
        // in minutes (the action list keeps it, to be filled in).
        boolean dates = actions.stream().anyMatch(a -> a.getDue() != null);
        List<List<String>> rows = actions.stream().map(a -> dates
                ? List.of(a.getWhat(), nullToEmpty(a.getOwner()), labels.date(a.getDue()))
                : List.of(a.getWhat(), nullToEmpty(a.getOwner()))).toList();
        List<String> headers = dates
                ? List.of(labels.get("column.what"), labels.get("column.who"), labels.get("column.when"))
                : List.of(labels.get("column.what"), labels.get("column.who"));
        out.table(headers, rows, dates ? ACTION_COLUMNS : new double[] {ACTION_COLUMNS[0], ACTION_COLUMNS[1]});
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

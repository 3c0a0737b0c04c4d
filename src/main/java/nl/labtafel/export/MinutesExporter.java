package nl.labtafel.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Insights;
import nl.labtafel.model.Note;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.model.Theme;

/**
 * The minutes, in the order of the seed: title, date and participant lines, then Introductie, Blik van
 * vandaag (over)morgen, Kansen en uitdagingen, Thema's onderzoeksteams, the teams' outcomes, Vervolg and
 * Afgesproken, then the optional inventory appendix. A section with nothing in it is left out. Each phase's
 * own summary ({@link Phase#getSummary()}) stands under that phase's heading.
 */
final class MinutesExporter {
    static final Set<StyleRole> NEEDED = EnumSet.allOf(StyleRole.class);

    private final Session session;
    private final ExportOptions options;
    private final ExportLabels labels;
    private final DocWriter out;
    private final List<PngInfo> inventoryPictures;
    private final List<PngInfo> boards;

    /**
     * @param inventoryPictures the room's inventory pages, shown under "Blik van vandaag"; empty for none
     * @param boards the theme board's pictures (the room's themes pages, or the organiser's own PNG); empty for none
     */
    MinutesExporter(Session session, ExportOptions options, ExportLabels labels, DocWriter out,
                    List<PngInfo> inventoryPictures, List<PngInfo> boards) {
        this.session = session;
        this.options = options;
        this.labels = labels;
        this.out = out;
        this.inventoryPictures = inventoryPictures;
        this.boards = boards;
    }

    void write(ExportProgress progress) throws IOException {
        header();
        TableOfContents contents = options.tableOfContents() ? TableOfContents.placeholder(out, labels) : null;
        introduction();
        new CarriedActionsSection(session, labels, out).write();
        progress.report(0.1);
        inventory();
        insights();
        progress.report(0.2);
        themes();
        new TeamSections(session, options, labels, out).write(summary(PhaseKind.RESEARCH_TEAMS));
        progress.report(0.4);
        followUp();
        actions();
        progress.report(0.5);
        new InventoryAppendix(session, options.inventoryAppendix(), labels, out).write();
        if (contents != null) {
            contents.fill();
        }
    }

    /** The summaries of the session's phases of this kind, as written, one paragraph each; "" for none. */
    String summary(PhaseKind kind) {
        StringBuilder text = new StringBuilder();
        for (Phase phase : session.getPhases()) {
            if (phase.getKind() == kind && !SafeText.isBlank(phase.getSummary())) {
                text.append(text.length() == 0 ? "" : "\n\n").append(phase.getSummary());
            }
        }
        return text.toString();
    }

    /** The phase's summary under its heading, when the organiser wrote one. */
    private void phaseSummary(PhaseKind kind) {
        out.paragraphs(StyleRole.NORMAL, summary(kind));
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
        String summary = summary(PhaseKind.INTRODUCTION);
        if (SafeText.isBlank(session.getIntroduction()) && summary.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.introduction"));
        out.paragraphs(StyleRole.NORMAL, session.getIntroduction());
        phaseSummary(PhaseKind.INTRODUCTION);
    }

    /**
     * The lead sentence, then the organiser's summary of what the inventory showed; without a summary a
     * counted sentence ("Er zijn 40 post-its geplaatst, door …") stands in its place.
     */
    private void inventory() throws IOException {
        List<Note> notes = session.getNotes();
        String summary = summary(PhaseKind.INVENTORY);
        if (notes.isEmpty() && summary.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.inventory"));
        out.paragraph(StyleRole.NORMAL, labels.get("inventory.lead"));
        if (!summary.isEmpty()) {
            phaseSummary(PhaseKind.INVENTORY);
        } else {
            out.paragraph(StyleRole.NORMAL, labels.format("inventory.count", notes.size(), notesPerGroup(notes)));
        }
        pictures(inventoryPictures, "inventaris", labels.get("inventoryPicture.caption"),
                labels.format("inventoryPicture.alt", notes.size()));
    }

    /**
     * Each picture with its caption under it; of several, each caption says which page it is ("pagina 2 van 3"),
     * as the room's screen did.
     */
    private void pictures(List<PngInfo> pngs, String fileName, String caption, String altText) throws IOException {
        for (int i = 0; i < pngs.size(); i++) {
            String page = pngs.size() == 1 ? "" : labels.format("picture.page", i + 1, pngs.size());
            out.picture(pngs.get(i), fileName + (pngs.size() == 1 ? "" : "-" + (i + 1)) + ".png",
                    (altText + " " + page).strip());
            out.paragraph(StyleRole.CAPTION, (caption + " " + page).strip());
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
        if (insights.size() == 0 && summary(PhaseKind.INSIGHTS).isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.insights"));
        out.paragraph(StyleRole.NORMAL, labels.get("insights.lead"));
        phaseSummary(PhaseKind.INSIGHTS);
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
        out.bullets(texts);
    }

    /**
     * The chosen themes and the canvas questions, and the picture of the theme board when asked for: it
     * shows the post-its in a column per theme, so it belongs here and is captioned as what it is.
     */
    private void themes() throws IOException {
        List<Theme> named = TeamSections.teamThemes(session).stream().filter(t -> !SafeText.isBlank(t.getName())).toList();
        List<String> themes = named.stream().map(Theme::getName).toList();
        boolean teams = !session.getTeams().isEmpty();
        String summary = summary(PhaseKind.THEMES);
        if (themes.isEmpty() && !teams && boards.isEmpty() && summary.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.themes"));
        phaseSummary(PhaseKind.THEMES);
        if (!themes.isEmpty()) {
            out.lead(labels.format("themes.lead", themeCount(themes.size())));
            themeBullets(named);
        }
        if (teams) {
            out.lead(labels.get("canvas.lead"));
            List<String> questions = new ArrayList<>();
            for (CanvasLane lane : CanvasLane.values()) {
                questions.add(session.getCanvasQuestions().question(lane).get(labels.language()));
            }
            out.bullets(questions);
        }
        pictures(boards, "themabord", labels.get("board.caption"), boardAltText());
    }

    /**
     * The chosen themes as bullets; under a theme that came from insights (issue 13), the points it came from:
     * "Voortgekomen uit: kans ‘…’; uitdaging ‘…’", as the seed's themes came from the opportunities and challenges.
     */
    private void themeBullets(List<Theme> themes) {
        if (themes.stream().allMatch(t -> sources(t).isEmpty())) {
            out.bullets(themes.stream().map(Theme::getName).toList());
            return;
        }
        for (Theme theme : themes) {
            out.bullet(theme.getName());
            String sources = sources(theme);
            if (!sources.isEmpty()) {
                out.underBullet(labels.get("themes.from"), sources);
            }
        }
    }

    private String sources(Theme theme) {
        List<String> parts = new ArrayList<>();
        for (Insight insight : session.insightsOfTheme(theme)) {
            if (!SafeText.isBlank(insight.getText())) {
                String kind = session.getInsights().kindOf(insight.getId()).map(k -> labels.get("insight."
                        + k.name().toLowerCase())).orElse("");
                parts.add(labels.format("insight.source", kind, SafeText.clean(insight.getText()).strip()).strip());
            }
        }
        return String.join("; ", parts);
    }

    /** "Het themabord: 40 post-its in kolommen per thema (Huisvesting, Meedoen en Beeldvorming)." */
    private String boardAltText() {
        List<String> names = session.getThemes().stream().map(Theme::getName).filter(n -> !SafeText.isBlank(n))
                .map(n -> SafeText.clean(n).strip()).toList();
        return names.isEmpty() ? labels.format("board.altNoThemes", session.getNotes().size())
                : labels.format("board.alt", session.getNotes().size(), names.size(), labels.enumerate(names));
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
        String summary = summary(PhaseKind.FOLLOW_UP);
        if (SafeText.isBlank(session.getFollowUp()) && summary.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.followUp"));
        out.paragraphs(StyleRole.NORMAL, session.getFollowUp());
        phaseSummary(PhaseKind.FOLLOW_UP);
    }

    /**
     * "Afgesproken": the actions agreed this evening as a numbered table. Actions carried from the previous
     * session stand under "Sinds de vorige keer" with their new status, so they are not repeated here; each
     * action keeps the number it has in the app, the action list and Excel.
     */
    private void actions() {
        ActionTable table = new ActionTable(session, labels, options.actionsByDueDate(), a -> !a.isCarried());
        if (table.isEmpty()) {
            return;
        }
        out.paragraph(StyleRole.HEADING_1, labels.get("section.actions"));
        List<ActionTable.Column> columns = actionColumns(table);
        out.table(table.headers(columns), table.rows(columns), ActionTable.whole(columns));
    }

    /**
     * Number, what and who; when and progress only if some action has them: right after the evening most
     * actions have no date yet, and an empty column looks unfinished in minutes (the action list keeps both,
     * to be filled in).
     */
    static List<ActionTable.Column> actionColumns(ActionTable table) {
        List<ActionTable.Column> columns = new ArrayList<>(List.of(ActionTable.Column.NUMBER,
                ActionTable.Column.WHAT, ActionTable.Column.WHO));
        if (table.anyDue()) {
            columns.add(ActionTable.Column.WHEN);
        }
        if (table.anyProgress()) {
            columns.add(ActionTable.Column.PROGRESS);
        }
        return columns;
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

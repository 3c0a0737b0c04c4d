package nl.labtafel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.labtafel.text.Language;

/** Everything one LAB session holds, from the header to the agreed actions. Plain Java: no UI, no I/O. */
public final class Session {
    /** "nl" (default) or "en": the language of the session's exports. */
    private String language = "nl";
    private String templateId;
    private SessionHeader header = new SessionHeader();
    private String introduction = "";
    private List<Phase> phases = new ArrayList<>();
    private String currentPhaseId;
    private List<ActorGroup> actorGroups = new ArrayList<>();
    private List<Note> notes = new ArrayList<>();
    private Insights insights = new Insights();
    private List<Theme> themes = new ArrayList<>();
    private int votesPerParticipant = 3;
    private CanvasQuestions canvasQuestions = new CanvasQuestions();
    private List<ResearchTeam> teams = new ArrayList<>();
    /** "Vervolg": the next-steps narrative. */
    private String followUp = "";
    private List<ActionItem> actions = new ArrayList<>();
    /** Room input (phones in the room); null until the facilitator first starts it. */
    private RoomState room;
    /** Set when this session follows an earlier one (schema 3); null for a first or single session. */
    private SeriesLink series;

    public Optional<ActorGroup> actorGroup(String id) {
        return actorGroups.stream().filter(g -> g.getId().equals(id)).findFirst();
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.getId().equals(id)).findFirst();
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.getId().equals(id)).findFirst();
    }

    public List<Note> notesOfTheme(String themeId) {
        return notes.stream().filter(n -> themeId.equals(n.getThemeId())).toList();
    }

    /** The theme an insight joined, if any (an insight is in at most one theme). */
    public Optional<Theme> themeOfInsight(String insightId) {
        return themes.stream().filter(t -> t.getInsightIds().contains(insightId)).findFirst();
    }

    /** The insights a theme came from, in the order they joined; ids whose insight is gone are skipped. */
    public List<Insight> insightsOfTheme(Theme theme) {
        return theme.getInsightIds().stream().map(insights::find).flatMap(Optional::stream).toList();
    }

    public List<Theme> chosenThemes() {
        return themes.stream().filter(Theme::isChosen).toList();
    }

    /** A deep copy, so a snapshot can be written off the UI thread while the original keeps changing. */
    public Session copy() {
        Session copy = new Session();
        copy.language = language;
        copy.templateId = templateId;
        copy.header = header.copy();
        copy.introduction = introduction;
        phases.forEach(p -> copy.phases.add(p.copy()));
        copy.currentPhaseId = currentPhaseId;
        actorGroups.forEach(g -> copy.actorGroups.add(g.copy()));
        notes.forEach(n -> copy.notes.add(n.copy()));
        copy.insights = insights.copy();
        themes.forEach(t -> copy.themes.add(t.copy()));
        copy.votesPerParticipant = votesPerParticipant;
        copy.canvasQuestions = canvasQuestions.copy();
        teams.forEach(t -> copy.teams.add(t.copy()));
        copy.followUp = followUp;
        actions.forEach(a -> copy.actions.add(a.copy()));
        copy.room = room == null ? null : room.copy();
        copy.series = series == null ? null : series.copy();
        return copy;
    }

    public String getLanguage() { return language; }
    /** The file's language code as a type: "en" is English, anything else Dutch (the validator flags others). */
    public Language language() { return Language.of(language); }
    public void setLanguage(String language) { this.language = language; }
    public String getTemplateId() { return templateId; }
    public void setTemplateId(String templateId) { this.templateId = templateId; }
    public SessionHeader getHeader() { return header; }
    public void setHeader(SessionHeader header) { this.header = header; }
    public String getIntroduction() { return introduction; }
    public void setIntroduction(String introduction) { this.introduction = introduction; }
    public List<Phase> getPhases() { return phases; }
    public void setPhases(List<Phase> phases) { this.phases = phases; }
    public String getCurrentPhaseId() { return currentPhaseId; }
    public void setCurrentPhaseId(String currentPhaseId) { this.currentPhaseId = currentPhaseId; }
    public List<ActorGroup> getActorGroups() { return actorGroups; }
    public void setActorGroups(List<ActorGroup> actorGroups) { this.actorGroups = actorGroups; }
    public List<Note> getNotes() { return notes; }
    public void setNotes(List<Note> notes) { this.notes = notes; }
    public Insights getInsights() { return insights; }
    public void setInsights(Insights insights) { this.insights = insights; }
    public List<Theme> getThemes() { return themes; }
    public void setThemes(List<Theme> themes) { this.themes = themes; }
    public int getVotesPerParticipant() { return votesPerParticipant; }
    public void setVotesPerParticipant(int votesPerParticipant) { this.votesPerParticipant = votesPerParticipant; }
    public CanvasQuestions getCanvasQuestions() { return canvasQuestions; }
    public void setCanvasQuestions(CanvasQuestions canvasQuestions) { this.canvasQuestions = canvasQuestions; }
    public List<ResearchTeam> getTeams() { return teams; }
    public void setTeams(List<ResearchTeam> teams) { this.teams = teams; }
    public String getFollowUp() { return followUp; }
    public void setFollowUp(String followUp) { this.followUp = followUp; }
    public SeriesLink getSeries() { return series; }
    public void setSeries(SeriesLink series) { this.series = series; }
    public List<ActionItem> getActions() { return actions; }
    public void setActions(List<ActionItem> actions) { this.actions = actions; }
    public RoomState getRoom() { return room; }
    public void setRoom(RoomState room) { this.room = room; }
}

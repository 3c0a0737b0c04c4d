package nl.labtafel.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A LAB format: phases with timeboxes, actor groups and canvas questions. Sessions are created from one. */
public final class SessionTemplate {
    private String id;
    private LocalizedText name = new LocalizedText();
    private LocalizedText description = new LocalizedText();
    private LocalTime startTime;
    private LocalTime endTime;
    private boolean researchTeams = true;
    private int votesPerParticipant = 3;
    private List<Phase> phases = new ArrayList<>();
    private List<ActorGroup> actorGroups = new ArrayList<>();
    private CanvasQuestions canvasQuestions = new CanvasQuestions();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LocalizedText getName() { return name; }
    public void setName(LocalizedText name) { this.name = name; }
    public LocalizedText getDescription() { return description; }
    public void setDescription(LocalizedText description) { this.description = description; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public boolean isResearchTeams() { return researchTeams; }
    public void setResearchTeams(boolean researchTeams) { this.researchTeams = researchTeams; }
    public int getVotesPerParticipant() { return votesPerParticipant; }
    public void setVotesPerParticipant(int votesPerParticipant) { this.votesPerParticipant = votesPerParticipant; }
    public List<Phase> getPhases() { return phases; }
    public void setPhases(List<Phase> phases) { this.phases = phases; }
    public List<ActorGroup> getActorGroups() { return actorGroups; }
    public void setActorGroups(List<ActorGroup> actorGroups) { this.actorGroups = actorGroups; }
    public CanvasQuestions getCanvasQuestions() { return canvasQuestions; }
    public void setCanvasQuestions(CanvasQuestions canvasQuestions) { this.canvasQuestions = canvasQuestions; }

    /** A new, empty session in this format. */
    public Session newSession(String title, LocalDate date) {
        Session session = new Session();
        session.setTemplateId(id);
        session.getHeader().setTitle(title == null ? "" : title);
        session.getHeader().setDate(date);
        session.getHeader().setStartTime(startTime);
        session.getHeader().setEndTime(endTime);
        phases.forEach(p -> session.getPhases().add(p.copy()));
        if (!session.getPhases().isEmpty()) {
            session.setCurrentPhaseId(session.getPhases().get(0).getId());
        }
        actorGroups.forEach(g -> session.getActorGroups().add(g.copy()));
        session.setVotesPerParticipant(votesPerParticipant);
        session.setCanvasQuestions(canvasQuestions.copy());
        return session;
    }
}

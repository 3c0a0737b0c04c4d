package nl.labtafel.model;

import java.util.ArrayList;
import java.util.List;

/** A research team working one chosen theme on a three-lane canvas. */
public final class ResearchTeam {
    private String id;
    private String themeId;
    /** Names of the members: personal data, left out of exports by default. */
    private List<String> members = new ArrayList<>();
    private List<CanvasNote> ingredients = new ArrayList<>();
    private List<CanvasNote> chemistry = new ArrayList<>();
    private List<CanvasNote> trials = new ArrayList<>();
    /** "Belangrijkste uitkomsten" of the team. */
    private String outcome = "";
    /** "Mogelijk vervolg". */
    private String nextStep = "";

    public ResearchTeam() {
    }

    public ResearchTeam(String id, String themeId) {
        this.id = id;
        this.themeId = themeId;
    }

    public List<CanvasNote> lane(CanvasLane lane) {
        return switch (lane) {
            case INGREDIENTS -> ingredients;
            case CHEMISTRY -> chemistry;
            case TRIALS -> trials;
        };
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getThemeId() { return themeId; }
    public void setThemeId(String themeId) { this.themeId = themeId; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> members) { this.members = members; }
    public List<CanvasNote> getIngredients() { return ingredients; }
    public void setIngredients(List<CanvasNote> ingredients) { this.ingredients = ingredients; }
    public List<CanvasNote> getChemistry() { return chemistry; }
    public void setChemistry(List<CanvasNote> chemistry) { this.chemistry = chemistry; }
    public List<CanvasNote> getTrials() { return trials; }
    public void setTrials(List<CanvasNote> trials) { this.trials = trials; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }

    public ResearchTeam copy() {
        ResearchTeam copy = new ResearchTeam(id, themeId);
        copy.members = new ArrayList<>(members);
        for (CanvasLane lane : CanvasLane.values()) {
            lane(lane).forEach(n -> copy.lane(lane).add(n.copy()));
        }
        copy.outcome = outcome;
        copy.nextStep = nextStep;
        return copy;
    }
}

package nl.labtafel.model;

/** One step of the LAB evening with its timebox. */
public final class Phase {
    private String id;
    /** What the phase is for; the app shows the matching workspace. */
    private PhaseKind kind = PhaseKind.INTRODUCTION;
    private LocalizedText name = new LocalizedText();
    private int minutes;
    /**
     * The organiser's own summary of what this phase brought, written under the phase's heading in the minutes
     * (e.g. "Hieruit blijkt dat er veel partijen actief zijn ..."). Optional: empty when not written.
     */
    private String summary = "";

    public Phase() {
    }

    public Phase(String id, PhaseKind kind, LocalizedText name, int minutes) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.minutes = minutes;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PhaseKind getKind() { return kind; }
    public void setKind(PhaseKind kind) { this.kind = kind; }
    public LocalizedText getName() { return name; }
    public void setName(LocalizedText name) { this.name = name; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }

    public Phase copy() {
        Phase copy = new Phase(id, kind, name == null ? null : name.copy(), minutes);
        copy.summary = summary;
        return copy;
    }
}

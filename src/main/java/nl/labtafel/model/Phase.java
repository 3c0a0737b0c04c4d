package nl.labtafel.model;

/** One step of the LAB evening with its timebox. */
public final class Phase {
    private String id;
    /** What the phase is for; the app shows the matching workspace. */
    private PhaseKind kind = PhaseKind.INTRODUCTION;
    private LocalizedText name = new LocalizedText();
    private int minutes;

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

    public Phase copy() {
        return new Phase(id, kind, name == null ? null : name.copy(), minutes);
    }
}

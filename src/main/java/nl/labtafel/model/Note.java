package nl.labtafel.model;

/** A post-it of the inventory: what is organised on the theme, and by whom. */
public final class Note {
    private String id;
    private String text = "";
    private String actorGroupId;
    private String organisation = "";
    private double x;
    private double y;
    /** The theme the note was clustered into, or null while unassigned. */
    private String themeId;
    private int votes;

    public Note() {
    }

    public Note(String id, String text, String actorGroupId) {
        this.id = id;
        this.text = text;
        this.actorGroupId = actorGroupId;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getActorGroupId() { return actorGroupId; }
    public void setActorGroupId(String actorGroupId) { this.actorGroupId = actorGroupId; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public double getX() { return x; }
    public void setX(double x) { this.x = x; }
    public double getY() { return y; }
    public void setY(double y) { this.y = y; }
    public String getThemeId() { return themeId; }
    public void setThemeId(String themeId) { this.themeId = themeId; }
    public int getVotes() { return votes; }
    public void setVotes(int votes) { this.votes = votes; }

    public Note copy() {
        Note copy = new Note(id, text, actorGroupId);
        copy.organisation = organisation;
        copy.x = x;
        copy.y = y;
        copy.themeId = themeId;
        copy.votes = votes;
        return copy;
    }
}

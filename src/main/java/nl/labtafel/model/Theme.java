package nl.labtafel.model;

/**
 * A cluster of inventory notes. Membership lives on the note ({@link Note#getThemeId()}), so a note is
 * in at most one theme and deleting a theme can never delete a note.
 */
public final class Theme {
    private String id;
    private String name = "";
    private int votes;
    /** Chosen by the room for a research team. */
    private boolean chosen;

    public Theme() {
    }

    public Theme(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getVotes() { return votes; }
    public void setVotes(int votes) { this.votes = votes; }
    public boolean isChosen() { return chosen; }
    public void setChosen(boolean chosen) { this.chosen = chosen; }

    public Theme copy() {
        Theme copy = new Theme(id, name);
        copy.votes = votes;
        copy.chosen = chosen;
        return copy;
    }
}

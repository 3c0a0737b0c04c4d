package nl.labtafel.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A cluster of inventory notes. Membership lives on the note ({@link Note#getThemeId()}), so a note is
 * in at most one theme and deleting a theme can never delete a note. A theme may also come from insights
 * (an opportunity or challenge, as the seed's themes did): those stay in their list and the theme records
 * their ids in {@link #getInsightIds()}, in the order they joined; an insight is in at most one theme.
 */
public final class Theme {
    private String id;
    private String name = "";
    private int votes;
    /** Chosen by the room for a research team. */
    private boolean chosen;
    /** The insights this theme came from (optional in the file: older files have none). */
    private List<String> insightIds = new ArrayList<>();

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

    public List<String> getInsightIds() { return insightIds; }
    public void setInsightIds(List<String> insightIds) { this.insightIds = insightIds; }

    public Theme copy() {
        Theme copy = new Theme(id, name);
        copy.votes = votes;
        copy.chosen = chosen;
        copy.insightIds = new ArrayList<>(insightIds);
        return copy;
    }
}

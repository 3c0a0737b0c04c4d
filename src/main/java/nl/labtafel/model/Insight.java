package nl.labtafel.model;

/** One point of "Opvallend", "Kansen", "Uitdagingen" or "Ideeën". */
public final class Insight {
    private String id;
    private String text = "";

    public Insight() {
    }

    public Insight(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    public Insight copy() {
        return new Insight(id, text);
    }
}

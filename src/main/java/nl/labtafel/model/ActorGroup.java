package nl.labtafel.model;

/** Who does something on the theme: residents, labour migrants, employers, ... Configurable per session. */
public final class ActorGroup {
    private String id;
    private LocalizedText name = new LocalizedText();
    /** Colour as #RRGGBB. */
    private String colour = "#888888";
    /** The one key the facilitator presses to pick this group while capturing ("1".."9" or a letter). */
    private String key = "";
    /** Ikonli icon literal, e.g. "mdi2h-home". */
    private String icon = "mdi2a-account-group";

    public ActorGroup() {
    }

    public ActorGroup(String id, LocalizedText name, String colour, String key, String icon) {
        this.id = id;
        this.name = name;
        this.colour = colour;
        this.key = key;
        this.icon = icon;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LocalizedText getName() { return name; }
    public void setName(LocalizedText name) { this.name = name; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getIcon() { return icon; }
    public void setIcon(String icon) { this.icon = icon; }

    public ActorGroup copy() {
        return new ActorGroup(id, name == null ? null : name.copy(), colour, key, icon);
    }
}

package nl.labtafel.ui.common;

/** One thing of the session the room can be shown on its own: a post-it, an insight, a theme or a canvas note. */
public record AudienceItem(Kind kind, String id) {

    public enum Kind { NOTE, INSIGHT, THEME, CANVAS_NOTE }

    public static AudienceItem note(String id) {
        return new AudienceItem(Kind.NOTE, id);
    }
}

package nl.labtafel.ui.common;

/** One thing of the session the room can be shown on its own: a post-it, an insight, a theme or a canvas note. */
public record AudienceItem(Kind kind, String id) {

    public enum Kind { NOTE, INSIGHT, THEME, CANVAS_NOTE }

    public static AudienceItem note(String id) {
        return new AudienceItem(Kind.NOTE, id);
    }

    // Written out rather than the record's own (method handles): the room's view compares items on every edit, in
    // code too rarely run to be compiled (see the audience package's Box#equals).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AudienceItem a && kind == a.kind && java.util.Objects.equals(id, a.id);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(kind) + java.util.Objects.hashCode(id);
    }
}

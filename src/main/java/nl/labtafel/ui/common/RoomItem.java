package nl.labtafel.ui.common;

/** One thing of the session the room can be shown on its own: a post-it, an insight, a theme or a canvas note. */
public record RoomItem(Kind kind, String id) {

    public enum Kind { NOTE, INSIGHT, THEME, CANVAS_NOTE }

    public static RoomItem note(String id) {
        return new RoomItem(Kind.NOTE, id);
    }
}

package nl.labtafel.model;

/** What a phone in the room can hand in; which one depends on the phase (see the room server). */
public enum RoomItemKind {
    /** A post-it of the inventory. */
    NOTE,
    /** A point for one of the four insight lists. */
    INSIGHT,
    /** A note on a research team's canvas lane. */
    CANVAS_NOTE
}

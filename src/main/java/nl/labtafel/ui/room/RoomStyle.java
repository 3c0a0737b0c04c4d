package nl.labtafel.ui.room;

/** Style-class names of the room-input panel, used by room.css and the views. */
final class RoomStyle {
    static final String BIG = "lt-room-big";
    static final String BUTTONS = "lt-room-buttons";
    static final String INBOX = "lt-room-inbox";
    static final String ITEM = "lt-room-item";
    static final String JOIN = "lt-room-join";
    static final String LIMIT = "lt-room-limit";
    static final String LIMITS = "lt-room-limits";
    static final String META = "lt-room-meta";
    static final String PANEL = "lt-room-panel";
    static final String PROBLEM = "lt-room-problem";
    static final String QR_ROW = "lt-room-qr-row";
    static final String SECTION = "lt-room-section";
    static final String SUBTITLE = "lt-room-subtitle";
    static final String SWATCH = "lt-room-swatch";
    static final String TEXT = "lt-room-text";
    static final String TITLE = "lt-room-title";
    static final String VOTING = "lt-room-voting";
    static final String WHERE = "lt-room-where";

    private RoomStyle() {
    }
}

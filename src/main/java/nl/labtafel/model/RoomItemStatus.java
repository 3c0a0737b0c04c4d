package nl.labtafel.model;

/** Where an item from a phone stands; the phone shows it beside what it sent. */
public enum RoomItemStatus {
    /** In the facilitator's inbox. */
    PENDING,
    ACCEPTED,
    REJECTED
}

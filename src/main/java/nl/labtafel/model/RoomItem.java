package nl.labtafel.model;

import java.time.Instant;

/**
 * Something a participant sent from a phone, waiting in the facilitator's inbox. The key is the phone's
 * idempotency key for this one item (random, made by the page), so a retry never makes a second item.
 * Nothing about the phone or its address is kept.
 */
public final class RoomItem {
    private String key;
    private RoomItemKind kind = RoomItemKind.NOTE;
    private String text = "";
    private String actorGroupId;
    private String organisation = "";
    /** For {@link RoomItemKind#INSIGHT}. */
    private InsightKind insightKind;
    /** For {@link RoomItemKind#CANVAS_NOTE}. */
    private String teamId;
    private CanvasLane lane;
    private Instant receivedAt;

    public RoomItem() {
    }

    public RoomItem(String key, RoomItemKind kind, String text) {
        this.key = key;
        this.kind = kind;
        this.text = text;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public RoomItemKind getKind() { return kind; }
    public void setKind(RoomItemKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getActorGroupId() { return actorGroupId; }
    public void setActorGroupId(String actorGroupId) { this.actorGroupId = actorGroupId; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public InsightKind getInsightKind() { return insightKind; }
    public void setInsightKind(InsightKind insightKind) { this.insightKind = insightKind; }
    public String getTeamId() { return teamId; }
    public void setTeamId(String teamId) { this.teamId = teamId; }
    public CanvasLane getLane() { return lane; }
    public void setLane(CanvasLane lane) { this.lane = lane; }
    public Instant getReceivedAt() { return receivedAt; }
    public void setReceivedAt(Instant receivedAt) { this.receivedAt = receivedAt; }

    public RoomItem copy() {
        RoomItem copy = new RoomItem(key, kind, text);
        copy.actorGroupId = actorGroupId;
        copy.organisation = organisation;
        copy.insightKind = insightKind;
        copy.teamId = teamId;
        copy.lane = lane;
        copy.receivedAt = receivedAt;
        return copy;
    }
}

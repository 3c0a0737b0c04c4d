package nl.labtafel.model;

import java.util.ArrayList;
import java.util.List;

/** A note on a research-team canvas, optionally linked to inventory notes or to an actor group. */
public final class CanvasNote {
    private String id;
    private String text = "";
    private List<String> linkedNoteIds = new ArrayList<>();
    private String actorGroupId;

    public CanvasNote() {
    }

    public CanvasNote(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<String> getLinkedNoteIds() { return linkedNoteIds; }
    public void setLinkedNoteIds(List<String> linkedNoteIds) { this.linkedNoteIds = linkedNoteIds; }
    public String getActorGroupId() { return actorGroupId; }
    public void setActorGroupId(String actorGroupId) { this.actorGroupId = actorGroupId; }

    public CanvasNote copy() {
        CanvasNote copy = new CanvasNote(id, text);
        copy.linkedNoteIds = new ArrayList<>(linkedNoteIds);
        copy.actorGroupId = actorGroupId;
        return copy;
    }
}

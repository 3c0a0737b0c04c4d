package nl.labtafel.model;

import java.time.LocalDate;

/** An agreed action ("Afgesproken"): what, who, when, and where it came from. */
public final class ActionItem {
    private String id;
    private String what = "";
    /** Free text, or the name of an actor group. */
    private String owner = "";
    private LocalDate due;
    private ActionStatus status = ActionStatus.OPEN;
    private String themeId;
    private String teamId;
    /** The canvas note ("proeven") this action was made from, if any. */
    private String sourceNoteId;
    /** How it went, in a word or two ("wacht op subsidie"); used when a follow-up session updates a carried action. */
    private String remark = "";
    /** Set on an action carried over from the previous session of a series. */
    private CarriedFrom carriedFrom;

    public ActionItem() {
    }

    public ActionItem(String id, String what, String owner) {
        this.id = id;
        this.what = what;
        this.owner = owner;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public String getThemeId() { return themeId; }
    public void setThemeId(String themeId) { this.themeId = themeId; }
    public String getTeamId() { return teamId; }
    public void setTeamId(String teamId) { this.teamId = teamId; }
    public String getSourceNoteId() { return sourceNoteId; }
    public void setSourceNoteId(String sourceNoteId) { this.sourceNoteId = sourceNoteId; }

    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public CarriedFrom getCarriedFrom() { return carriedFrom; }
    public void setCarriedFrom(CarriedFrom carriedFrom) { this.carriedFrom = carriedFrom; }

    public boolean isCarried() {
        return carriedFrom != null;
    }

    public ActionItem copy() {
        ActionItem copy = new ActionItem(id, what, owner);
        copy.due = due;
        copy.status = status;
        copy.themeId = themeId;
        copy.teamId = teamId;
        copy.sourceNoteId = sourceNoteId;
        copy.remark = remark;
        copy.carriedFrom = carriedFrom == null ? null : carriedFrom.copy();
        return copy;
    }
}

package nl.labtafel.model;

import java.time.LocalDate;

/**
 * Where a carried action came from: the previous session of the series, the action's number and status
 * there, and its own chain back (theme, trial) as it read then, so the trace survives even when the
 * previous file is moved away.
 */
public final class CarriedFrom {
    private String sessionFile = "";
    private String sessionTitle = "";
    private LocalDate sessionDate;
    private String actionId;
    private Integer number;
    private ActionStatus statusThen = ActionStatus.OPEN;
    private String themeName = "";
    private String trial = "";

    public String getSessionFile() { return sessionFile; }
    public void setSessionFile(String sessionFile) { this.sessionFile = sessionFile; }
    public String getSessionTitle() { return sessionTitle; }
    public void setSessionTitle(String sessionTitle) { this.sessionTitle = sessionTitle; }
    public LocalDate getSessionDate() { return sessionDate; }
    public void setSessionDate(LocalDate sessionDate) { this.sessionDate = sessionDate; }
    public String getActionId() { return actionId; }
    public void setActionId(String actionId) { this.actionId = actionId; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public ActionStatus getStatusThen() { return statusThen; }
    public void setStatusThen(ActionStatus statusThen) { this.statusThen = statusThen; }
    public String getThemeName() { return themeName; }
    public void setThemeName(String themeName) { this.themeName = themeName; }
    public String getTrial() { return trial; }
    public void setTrial(String trial) { this.trial = trial; }

    public CarriedFrom copy() {
        CarriedFrom copy = new CarriedFrom();
        copy.sessionFile = sessionFile;
        copy.sessionTitle = sessionTitle;
        copy.sessionDate = sessionDate;
        copy.actionId = actionId;
        copy.number = number;
        copy.statusThen = statusThen;
        copy.themeName = themeName;
        copy.trial = trial;
        return copy;
    }
}

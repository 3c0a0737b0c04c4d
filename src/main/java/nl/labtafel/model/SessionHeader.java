package nl.labtafel.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The lines above the minutes: title, date, times, place and who was there. */
public final class SessionHeader {
    private String title = "";
    private String subject = "";
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private String place = "";
    private Integer participantCount;
    /** Ids of the actor groups that had people at the table. */
    private List<String> stakeholderGroups = new ArrayList<>();

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Integer getParticipantCount() { return participantCount; }
    public void setParticipantCount(Integer participantCount) { this.participantCount = participantCount; }
    public List<String> getStakeholderGroups() { return stakeholderGroups; }
    public void setStakeholderGroups(List<String> stakeholderGroups) { this.stakeholderGroups = stakeholderGroups; }

    public SessionHeader copy() {
        SessionHeader copy = new SessionHeader();
        copy.title = title;
        copy.subject = subject;
        copy.date = date;
        copy.startTime = startTime;
        copy.endTime = endTime;
        copy.place = place;
        copy.participantCount = participantCount;
        copy.stakeholderGroups = new ArrayList<>(stakeholderGroups);
        return copy;
    }
}

package nl.labtafel.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A follow-up session's link to the series it belongs to: the series id shared by every session of the
 * series, the previous session's file name (beside this one in the sessions folder), title and date, and
 * the themes its teams left as a starting point.
 */
public final class SeriesLink {
    private String seriesId;
    private String previousFile = "";
    private String previousTitle = "";
    private LocalDate previousDate;
    private List<CarriedTheme> carriedThemes = new ArrayList<>();

    public String getSeriesId() { return seriesId; }
    public void setSeriesId(String seriesId) { this.seriesId = seriesId; }
    public String getPreviousFile() { return previousFile; }
    public void setPreviousFile(String previousFile) { this.previousFile = previousFile; }
    public String getPreviousTitle() { return previousTitle; }
    public void setPreviousTitle(String previousTitle) { this.previousTitle = previousTitle; }
    public LocalDate getPreviousDate() { return previousDate; }
    public void setPreviousDate(LocalDate previousDate) { this.previousDate = previousDate; }
    public List<CarriedTheme> getCarriedThemes() { return carriedThemes; }
    public void setCarriedThemes(List<CarriedTheme> carriedThemes) { this.carriedThemes = carriedThemes; }

    public SeriesLink copy() {
        SeriesLink copy = new SeriesLink();
        copy.seriesId = seriesId;
        copy.previousFile = previousFile;
        copy.previousTitle = previousTitle;
        copy.previousDate = previousDate;
        carriedThemes.forEach(t -> copy.carriedThemes.add(t.copy()));
        return copy;
    }
}

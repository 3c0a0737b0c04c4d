package nl.labtafel.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the room's screen (the audience view) should show, as the console steers it: the console's phase,
 * team and selection (the audience follows them), freeze, blank, spotlight and the page. The console's
 * workspaces and window write it; the audience view reads it. FX thread only.
 */
public final class AudienceState {
    private final StringProperty phaseId = new SimpleStringProperty(this, "phaseId");
    private final StringProperty teamId = new SimpleStringProperty(this, "teamId");
    private final ObjectProperty<AudienceItem> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<AudienceItem> spotlight = new SimpleObjectProperty<>(this, "spotlight");
    private final BooleanProperty frozen = new SimpleBooleanProperty(this, "frozen");
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank");
    /** 0-based page the room sees; the audience view keeps it within {@link #pageCountProperty()}. */
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount", 1);
    /** The phase timer as the console shows it ("12:30"), empty when it has no timebox. */
    private final StringProperty timer = new SimpleStringProperty(this, "timer", "");

    public StringProperty phaseIdProperty() {
        return phaseId;
    }

    public StringProperty teamIdProperty() {
        return teamId;
    }

    public ObjectProperty<AudienceItem> selectionProperty() {
        return selection;
    }

    public ObjectProperty<AudienceItem> spotlightProperty() {
        return spotlight;
    }

    public BooleanProperty frozenProperty() {
        return frozen;
    }

    public BooleanProperty blankProperty() {
        return blank;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public StringProperty timerProperty() {
        return timer;
    }

    /** Spotlights the console's selection, or ends the spotlight when one is on. */
    public void toggleSpotlight() {
        spotlight.set(spotlight.get() != null ? null : selection.get());
    }

    public void turnPage(int delta) {
        page.set(Math.max(0, Math.min(pageCount.get() - 1, page.get() + delta)));
    }
}

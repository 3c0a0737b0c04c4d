package nl.labtafel.ui.look;

import javafx.css.PseudoClass;

/** Every style-class and pseudo-class name the views use, in one place, so a rename in
 * {@code labtafel.css} has one place to follow in code. Feature packages keep their own in {@code XxxStyle}. */
public final class Styles {
    public static final String APP = "labtafel";
    public static final String START_SCREEN = "lt-start";
    public static final String START_COLUMN = "lt-start-column";
    public static final String SESSION_WINDOW = "lt-session";
    public static final String CHROME = "lt-chrome";
    public static final String AGENDA_RAIL = "lt-agenda";
    public static final String PHASE_ITEM = "lt-phase";
    public static final String PHASE_NAME = "lt-phase-name";
    public static final String PHASE_MINUTES = "lt-phase-minutes";
    public static final String TIMER_BAR = "lt-timer-bar";
    public static final String TIMER = "lt-timer";
    public static final String CLOCK = "lt-clock";
    public static final String STATUS_BAR = "lt-status";
    public static final String WORKSPACE = "lt-workspace";
    public static final String FORM = "lt-form";
    public static final String FIELD_LABEL = "lt-field-label";
    public static final String HEADING = "lt-heading";
    public static final String SUBHEADING = "lt-subheading";
    public static final String MUTED = "lt-muted";
    public static final String ERROR_PANEL = "lt-error";
    public static final String ICON = "lt-icon";
    public static final String ICON_LARGE = "lt-icon-large";
    public static final String SHORTCUT_SHEET = "lt-shortcuts";
    public static final String KEY_CAP = "lt-key";
    public static final String LIST_ROW = "lt-list-row";
    public static final String START_TOP = "lt-start-top";
    public static final String START_COLUMNS = "lt-start-columns";
    public static final String BUTTONS = "lt-buttons";
    public static final String RECOVERIES = "lt-recoveries";
    public static final String RECENT_LIST = "lt-recent-list";
    public static final String RECENT_ITEM = "lt-recent-item";
    public static final String GRID = "lt-grid";
    public static final String GROUPS = "lt-groups";
    public static final String CLOCK_BOX = "lt-clock-box";
    public static final String PHASE_HEADER = "lt-phase-header";
    public static final String CONSOLE_LEFT = "lt-console-left";
    public static final String QR = "lt-qr";
    public static final String AUDIENCE = "lt-audience";
    public static final String AUDIENCE_PAGE = "lt-audience-page";
    public static final String AUDIENCE_SELECTED = "lt-audience-selected";
    public static final String AUDIENCE_PREVIEW = "lt-audience-preview";

    /** AtlantaFX's own classes (its user-agent stylesheet defines them). */
    public static final String ACCENT = "accent";
    public static final String FLAT = "flat";
    public static final String EDGE_TO_EDGE = "edge-to-edge";
    public static final String DENSE = "dense";

    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private Styles() {
    }
}

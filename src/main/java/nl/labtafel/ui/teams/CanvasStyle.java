package nl.labtafel.ui.teams;

/** Style classes of the research-team canvases (canvas.css) and the drag format of a canvas note. */
final class CanvasStyle {
    static final String STYLESHEET = "/nl/labtafel/ui/teams/canvas.css";
    static final String WORKSPACE = "teams-workspace";
    static final String CANVAS = "canvas";
    static final String LANES = "canvas-lanes";
    static final String LANE = "canvas-lane";
    static final String QUESTION = "canvas-question";
    static final String NOTE = "canvas-note";
    static final String NOTE_TEXT = "canvas-note-text";
    static final String LINK = "canvas-link";
    static final String TARGET = "canvas-target";
    static final String MESSAGE = "canvas-message";
    static final String OVERVIEW = "canvas-overview";
    static final String OVERVIEW_TEAM = "canvas-overview-team";
    static final String OVERVIEW_NOTE = "canvas-overview-note";
    static final String TEAM_TITLE = "canvas-team-title";
    static final String PERSONAL = "canvas-personal";
    static final String SWITCHER = "canvas-switcher";
    static final String TEXTS = "canvas-texts";
    /** Followed by the lane's number: "lane-0" grondstoffen, "lane-1" chemie, "lane-2" proeven. */
    static final String LANE_PREFIX = "lane-";

    private CanvasStyle() {
    }
}

package nl.labtafel.ui.followup;

/** Style-class names of the follow-up phase, used by followup.css and the views. */
final class FollowUpStyle {
    static final String WORKSPACE = "followup-workspace";
    static final String HEADING = "followup-heading";
    static final String TARGET = "followup-target";

    private FollowUpStyle() {
    }
}

package nl.labtafel.export;

/** How the inventory appendix groups the post-its, or {@link #NONE} for no appendix. */
public enum InventoryGrouping {
    NONE,
    /** Per actor group (inwoners, arbeidsmigranten, ...), in the session's order of groups. */
    ACTOR,
    /** Per theme, in the session's order of themes; notes without a theme last. */
    THEME
}

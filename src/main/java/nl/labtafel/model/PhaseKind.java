package nl.labtafel.model;

/** The workspaces of a LAB session, in the order of the seed minutes. */
public enum PhaseKind {
    INTRODUCTION,
    INVENTORY,
    INSIGHTS,
    THEMES,
    RESEARCH_TEAMS,
    FOLLOW_UP
}

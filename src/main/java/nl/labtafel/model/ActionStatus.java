package nl.labtafel.model;

public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}

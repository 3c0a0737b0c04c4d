package nl.labtafel.ui.common;

import nl.labtafel.model.PhaseKind;

/**
 * Which workspace the session window shows for each kind of phase. The composition root
 * ({@code nl.labtafel.ui.Workspaces}) supplies it, so the session window depends on no phase package
 * and the phase packages never on each other.
 */
public interface WorkspaceCatalog {

    /** The kind whose workspace is shown for {@code kind} (itself, or a fallback). */
    PhaseKind shownKind(PhaseKind kind);

    /** A new workspace for a kind that {@link #shownKind} returned. */
    Workspace create(PhaseKind kind, SessionContext context);
}

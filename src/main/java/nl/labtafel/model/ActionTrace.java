package nl.labtafel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An action's chain back to where it came from: the "proef" (canvas note) it was made from, the research
 * team, the theme, and the post-its linked to that canvas note (or, without links, the theme's post-its).
 * A carried action also names the earlier session it came from. Plain lookups; nothing is stored twice.
 */
public record ActionTrace(Optional<CanvasNote> trial, Optional<ResearchTeam> team, Optional<Theme> theme,
                          List<Note> notes, boolean notesLinkedToTrial, Optional<CarriedFrom> carriedFrom) {

    public static ActionTrace of(Session session, ActionItem action) {
        Optional<ResearchTeam> team = Optional.empty();
        Optional<CanvasNote> trial = Optional.empty();
        if (action.getSourceNoteId() != null) {
            for (ResearchTeam t : session.getTeams()) {
                Optional<CanvasNote> found = find(t, action.getSourceNoteId());
                if (found.isPresent()) {
                    trial = found;
                    team = Optional.of(t);
                    break;
                }
            }
        }
        if (team.isEmpty() && action.getTeamId() != null) {
            team = session.getTeams().stream().filter(t -> action.getTeamId().equals(t.getId())).findFirst();
        }
        String themeId = action.getThemeId() != null ? action.getThemeId()
                : team.map(ResearchTeam::getThemeId).orElse(null);
        Optional<Theme> theme = themeId == null ? Optional.empty() : session.theme(themeId);
        List<Note> notes = new ArrayList<>();
        boolean linked = false;
        if (trial.isPresent() && !trial.get().getLinkedNoteIds().isEmpty()) {
            trial.get().getLinkedNoteIds().forEach(id -> session.note(id).ifPresent(notes::add));
            linked = true;
        } else if (themeId != null) {
            notes.addAll(session.notesOfTheme(themeId));
        }
        return new ActionTrace(trial, team, theme, List.copyOf(notes), linked,
                Optional.ofNullable(action.getCarriedFrom()));
    }

    private static Optional<CanvasNote> find(ResearchTeam team, String canvasNoteId) {
        for (CanvasLane lane : CanvasLane.values()) {
            for (CanvasNote n : team.lane(lane)) {
                if (canvasNoteId.equals(n.getId())) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    /** The theme's name here, or, for a carried action, the theme it had in the earlier session. */
    public String themeName() {
        return theme.map(Theme::getName).filter(n -> !n.isBlank())
                .orElse(carriedFrom.map(CarriedFrom::getThemeName).orElse(""));
    }

    /** The trial's text here, or, for a carried action, the trial it came from in the earlier session. */
    public String trialText() {
        return trial.map(CanvasNote::getText).filter(n -> !n.isBlank())
                .orElse(carriedFrom.map(CarriedFrom::getTrial).orElse(""));
    }

    public boolean isEmpty() {
        return trial.isEmpty() && team.isEmpty() && theme.isEmpty() && notes.isEmpty() && carriedFrom.isEmpty();
    }
}

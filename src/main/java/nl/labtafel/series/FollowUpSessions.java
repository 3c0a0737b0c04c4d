package nl.labtafel.series;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.ActionTrace;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.CarriedFrom;
import nl.labtafel.model.CarriedTheme;
import nl.labtafel.model.Ids;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.SeriesLink;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/**
 * Makes the next session of a series from the previous one: the open and in-progress actions carried over
 * (with where they came from), the chosen themes with their team's outcome and "mogelijk vervolg" as a
 * starting point, the same actor groups and language, and the link back (series id, previous file name).
 */
public final class FollowUpSessions {

    private FollowUpSessions() {
    }

    /**
     * Fills {@code fresh} (a new session from a template) as the follow-up of {@code previous}, which lives
     * in a file named {@code previousFileName} in the same folder.
     */
    public static Session continueFrom(Session previous, String previousFileName, Session fresh) {
        SeriesLink link = new SeriesLink();
        link.setSeriesId(previous.getSeries() != null && previous.getSeries().getSeriesId() != null
                ? previous.getSeries().getSeriesId() : Ids.next("s"));
        link.setPreviousFile(previousFileName);
        link.setPreviousTitle(previous.getHeader().getTitle());
        link.setPreviousDate(previous.getHeader().getDate());
        link.setCarriedThemes(carriedThemes(previous));
        fresh.setSeries(link);
        fresh.setLanguage(previous.getLanguage());
        if (fresh.getHeader().getTitle() == null || fresh.getHeader().getTitle().isBlank()) {
            fresh.getHeader().setTitle(previous.getHeader().getTitle());
        }
        fresh.getHeader().setSubject(previous.getHeader().getSubject());
        List<ActorGroup> groups = new ArrayList<>();
        previous.getActorGroups().forEach(g -> groups.add(g.copy()));
        if (!groups.isEmpty()) {
            fresh.setActorGroups(groups);
            fresh.getHeader().getStakeholderGroups().retainAll(groups.stream().map(ActorGroup::getId).toList());
        }
        List<ActionItem> carried = new ArrayList<>(carriedActions(previous, previousFileName));
        carried.addAll(fresh.getActions());
        fresh.setActions(carried);
        return fresh;
    }

    /**
     * How the new session names its previous one: the bare file name when both are in one folder (the usual
     * case: the sessions folder), else the path relative to the new file's folder, with forward slashes.
     */
    public static String linkName(Path newFile, Path previousFile) {
        Path from = newFile.toAbsolutePath().normalize().getParent();
        Path to = previousFile.toAbsolutePath().normalize();
        if (from == null || from.equals(to.getParent())) {
            return to.getFileName().toString();
        }
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return to.toString();
        }
    }

    /** The open and in-progress actions of {@code previous}, as new actions that remember their origin. */
    static List<ActionItem> carriedActions(Session previous, String previousFileName) {
        ActionNumbers numbers = ActionNumbers.of(previous);
        List<ActionItem> carried = new ArrayList<>();
        for (ActionItem action : numbers.actions()) {
            if (action.getStatus() == null || !action.getStatus().isOpen()) {
                continue;
            }
            ActionTrace trace = ActionTrace.of(previous, action);
            CarriedFrom from = new CarriedFrom();
            from.setSessionFile(previousFileName);
            from.setSessionTitle(previous.getHeader().getTitle());
            from.setSessionDate(previous.getHeader().getDate());
            from.setActionId(action.getId());
            from.setNumber(numbers.number(action).getAsInt());
            from.setStatusThen(action.getStatus());
            from.setThemeName(trace.themeName());
            from.setTrial(trace.trial().map(CanvasNote::getText).orElse(
                    action.getCarriedFrom() == null ? "" : action.getCarriedFrom().getTrial()));
            ActionItem copy = new ActionItem(Ids.next("a"), action.getWhat(), action.getOwner());
            copy.setDue(action.getDue());
            copy.setStatus(action.getStatus() == ActionStatus.IN_PROGRESS ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN);
            copy.setRemark(action.getRemark());
            copy.setCarriedFrom(from);
            carried.add(copy);
        }
        return carried;
    }

    private static List<CarriedTheme> carriedThemes(Session previous) {
        List<CarriedTheme> themes = new ArrayList<>();
        for (ResearchTeam team : previous.getTeams()) {
            String name = previous.theme(team.getThemeId()).map(Theme::getName).orElse("");
            if (name.isBlank() && team.getOutcome().isBlank() && team.getNextStep().isBlank()) {
                continue;
            }
            themes.add(new CarriedTheme(name, team.getOutcome(), team.getNextStep()));
        }
        return themes;
    }
}

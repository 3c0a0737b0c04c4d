package nl.labtafel.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.labtafel.text.Language;

/**
 * Checks what the JSON types alone cannot: required fields, unique ids, links that resolve, limits.
 *
 * <p>Long because the session is wide: one small check per part, in the order of the file, all adding to one
 * list of problems with their JSON paths.
 */
public final class SessionValidator {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Owner> idOwners = new HashMap<>(1024);

    /** Where an id was first seen; its path is only spelled out for a duplicate. */
    private record Owner(String list, int index) {
        String path() {
            return list + "[" + index + "]";
        }

        /** A post-it of the inventory or a note on a team's canvas: what an action can come from. */
        boolean isNote() {
            return list.equals("notes") || list.startsWith("teams[");
        }
    }

    private SessionValidator() {
    }

    public static List<Problem> validate(Session session) {
        SessionValidator validator = new SessionValidator();
        validator.check(session);
        return validator.problems;
    }

    private void check(Session s) {
        if (!Language.isCode(s.getLanguage())) {
            problems.add(new Problem("language", "problem.language", s.getLanguage()));
        }
        checkHeader(s.getHeader());
        text("introduction", s.getIntroduction(), SessionLimits.LONG_TEXT);
        text("followUp", s.getFollowUp(), SessionLimits.LONG_TEXT);
        checkPhases(s);
        if (s.getVotesPerParticipant() < 0 || s.getVotesPerParticipant() > SessionLimits.VOTES_PER_PARTICIPANT) {
            problems.add(new Problem("votesPerParticipant", "problem.range", s.getVotesPerParticipant(), 0,
                    SessionLimits.VOTES_PER_PARTICIPANT));
        }
        Set<String> groups = checkActorGroups(s);
        for (int i = 0; i < s.getHeader().getStakeholderGroups().size(); i++) {
            link("header.stakeholderGroups[" + i + "]", s.getHeader().getStakeholderGroups().get(i), groups);
        }
        Set<String> themes = ids("themes", s.getThemes(), Theme::getId, SessionLimits.ITEMS);
        for (int i = 0; i < s.getThemes().size(); i++) {
            Theme t = s.getThemes().get(i);
            text("themes[" + i + "].name", t.getName(), SessionLimits.LINE_TEXT);
            nonNegative("themes[" + i + "].votes", t.getVotes());
        }
        Set<String> notes = checkNotes(s, groups, themes);
        checkInsights(s.getInsights());
        checkThemeInsights(s);
        Map<String, String> teamThemes = checkTeams(s, groups, themes, notes);
        checkActions(s, themes, teamThemes);
        checkRoom(s.getRoom());
    }

    /** Room input: only sizes; items in the inbox may name groups or teams deleted since they arrived. */
    private void checkRoom(RoomState room) {
        if (room == null) {
            return;
        }
        text("room.secret", room.getSecret(), SessionLimits.LINE_TEXT);
        text("room.code", room.getCode(), SessionLimits.LINE_TEXT);
        if (room.getPort() < 0 || room.getPort() > 65_535) {
            problems.add(new Problem("room.port", "problem.range", room.getPort(), 0, 65_535));
        }
        range("room.maxChars", room.getMaxChars(), 1_000);
        range("room.maxDevices", room.getMaxDevices(), 500);
        range("room.perMinute", room.getPerMinute(), 600);
        count("room.inbox", room.getInbox().size(), SessionLimits.ITEMS);
        count("room.receipts", room.getReceipts().size(), SessionLimits.NOTES);
        count("room.ballots", room.getBallots().size(), SessionLimits.PARTICIPANTS);
        for (int i = 0; i < room.getInbox().size(); i++) {
            RoomItem item = room.getInbox().get(i);
            if (item.getKey() == null || item.getKind() == null) {
                problems.add(new Problem("room.inbox[" + i + "]", "problem.required"));
            }
            text("room.inbox[" + i + "].text", item.getText(), SessionLimits.SHORT_TEXT);
            text("room.inbox[" + i + "].organisation", item.getOrganisation(), SessionLimits.LINE_TEXT);
        }
    }

    /** A facilitator's room limit: 0 (the default) up to {@code max}. */
    private void range(String path, int value, int max) {
        if (value < 0 || value > max) {
            problems.add(new Problem(path, "problem.range", value, 0, max));
        }
    }

    private void count(String path, int size, int limit) {
        if (size > limit) {
            problems.add(new Problem(path, "problem.range", size, 0, limit));
        }
    }

    private void checkHeader(SessionHeader h) {
        if (h == null) {
            problems.add(new Problem("header", "problem.required"));
            return;
        }
        text("header.title", h.getTitle(), SessionLimits.LINE_TEXT);
        text("header.subject", h.getSubject(), SessionLimits.LINE_TEXT);
        text("header.place", h.getPlace(), SessionLimits.LINE_TEXT);
        Integer count = h.getParticipantCount();
        if (count != null && (count < 0 || count > SessionLimits.PARTICIPANTS)) {
            problems.add(new Problem("header.participantCount", "problem.range", count, 0, SessionLimits.PARTICIPANTS));
        }
        if (h.getStartTime() != null && h.getEndTime() != null && h.getEndTime().isBefore(h.getStartTime())) {
            problems.add(new Problem("header.endTime", "problem.endBeforeStart", h.getEndTime(), h.getStartTime()));
        }
    }

    private void checkPhases(Session s) {
        Set<String> phases = ids("phases", s.getPhases(), Phase::getId, SessionLimits.PHASES);
        if (s.getPhases() != null && s.getPhases().isEmpty()) {
            problems.add(new Problem("phases", "problem.noPhases"));
        }
        for (int i = 0; i < s.getPhases().size(); i++) {
            Phase p = s.getPhases().get(i);
            if (p.getKind() == null) {
                problems.add(new Problem("phases[" + i + "].kind", "problem.required"));
            }
            text("phases[" + i + "].summary", p.getSummary(), SessionLimits.LONG_TEXT);
            if (p.getMinutes() < 0 || p.getMinutes() > SessionLimits.PHASE_MINUTES) {
                problems.add(new Problem("phases[" + i + "].minutes", "problem.range", p.getMinutes(), 0,
                        SessionLimits.PHASE_MINUTES));
            }
        }
        if (s.getCurrentPhaseId() != null) {
            link("currentPhaseId", s.getCurrentPhaseId(), phases);
        }
    }

    private Set<String> checkActorGroups(Session s) {
        Set<String> groups = ids("actorGroups", s.getActorGroups(), ActorGroup::getId, SessionLimits.ACTOR_GROUPS);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < s.getActorGroups().size(); i++) {
            ActorGroup g = s.getActorGroups().get(i);
            String path = "actorGroups[" + i + "]";
            if (g.getName() == null || g.getName().get(Language.DUTCH).isBlank()) {
                problems.add(new Problem(path + ".name", "problem.required"));
            }
            if (g.getColour() == null || !COLOUR.matcher(g.getColour()).matches()) {
                problems.add(new Problem(path + ".colour", "problem.colour", g.getColour()));
            }
            String key = g.getKey();
            if (key != null && !key.isEmpty()) {
                if (key.length() != 1 || !Character.isLetterOrDigit(key.charAt(0))) {
                    problems.add(new Problem(path + ".key", "problem.key", key));
                } else if (!keys.add(key.toLowerCase())) {
                    problems.add(new Problem(path + ".key", "problem.duplicateKey", key));
                }
            }
        }
        return groups;
    }

    private Set<String> checkNotes(Session s, Set<String> groups, Set<String> themes) {
        Set<String> notes = ids("notes", s.getNotes(), Note::getId, SessionLimits.NOTES);
        List<Note> list = s.getNotes();
        // The hot loop of a 5,000-note load: paths are only built for a problem.
        for (int i = 0; i < list.size(); i++) {
            Note n = list.get(i);
            if (n == null) {
                continue;
            }
            if (tooLong(n.getText(), SessionLimits.SHORT_TEXT) || hasLoneSurrogate(n.getText())) {
                text("notes[" + i + "].text", n.getText(), SessionLimits.SHORT_TEXT);
            }
            if (tooLong(n.getOrganisation(), SessionLimits.LINE_TEXT) || hasLoneSurrogate(n.getOrganisation())) {
                text("notes[" + i + "].organisation", n.getOrganisation(), SessionLimits.LINE_TEXT);
            }
            if (n.getActorGroupId() != null && !groups.contains(n.getActorGroupId())) {
                link("notes[" + i + "].actorGroupId", n.getActorGroupId(), groups);
            }
            if (n.getThemeId() != null && !themes.contains(n.getThemeId())) {
                link("notes[" + i + "].themeId", n.getThemeId(), themes);
            }
            if (n.getVotes() < 0) {
                nonNegative("notes[" + i + "].votes", n.getVotes());
            }
            if (!onBoard(n.getX()) || !onBoard(n.getY())) {
                coordinate("notes[" + i + "].x", n.getX());
                coordinate("notes[" + i + "].y", n.getY());
            }
        }
        return notes;
    }

    /**
     * Half of a surrogate pair (JSON allows {@code "\udfff"}) is no text: it cannot be written back as UTF-8
     * and breaks text analysis, so it is refused at load with the place it is in.
     */
    static boolean hasLoneSurrogate(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooLong(String value, int limit) {
        return value != null && value.length() > limit;
    }

    private static boolean onBoard(double value) {
        return Double.isFinite(value) && Math.abs(value) <= SessionLimits.BOARD_EXTENT;
    }

    private void checkInsights(Insights insights) {
        if (insights == null) {
            problems.add(new Problem("insights", "problem.required"));
            return;
        }
        for (InsightKind kind : InsightKind.values()) {
            String name = "insights." + kind.name().toLowerCase();
            List<Insight> list = insights.list(kind);
            if (list == null) {
                problems.add(new Problem(name, "problem.required"));
                continue;
            }
            ids(name, list, Insight::getId, SessionLimits.ITEMS);
            for (int i = 0; i < list.size(); i++) {
                text(name + "[" + i + "].text", list.get(i).getText(), SessionLimits.SHORT_TEXT);
            }
        }
    }

    /** A theme's source insights must exist, and an insight is in one theme only. */
    private void checkThemeInsights(Session s) {
        if (s.getInsights() == null) {
            return;
        }
        Set<String> insights = new HashSet<>();
        for (InsightKind kind : InsightKind.values()) {
            List<Insight> list = s.getInsights().list(kind);
            if (list != null) {
                list.forEach(i -> insights.add(i.getId()));
            }
        }
        Map<String, String> themeOf = new HashMap<>();
        for (int i = 0; i < s.getThemes().size(); i++) {
            Theme t = s.getThemes().get(i);
            if (t.getInsightIds() == null) {
                problems.add(new Problem("themes[" + i + "].insightIds", "problem.required"));
                continue;
            }
            for (int j = 0; j < t.getInsightIds().size(); j++) {
                String path = "themes[" + i + "].insightIds[" + j + "]";
                String id = t.getInsightIds().get(j);
                link(path, id, insights);
                String other = id == null ? null : themeOf.putIfAbsent(id, t.getId());
                if (other != null) {
                    problems.add(new Problem(path, "problem.insightInTwoThemes", id, other));
                }
            }
        }
    }

    /** Returns each team's id with its theme's id: an action's team and theme must agree. */
    private Map<String, String> checkTeams(Session s, Set<String> groups, Set<String> themes, Set<String> notes) {
        ids("teams", s.getTeams(), ResearchTeam::getId, SessionLimits.ITEMS);
        Map<String, String> teamThemes = new HashMap<>();
        Map<String, Integer> teamOfTheme = new HashMap<>();
        for (int i = 0; s.getTeams() != null && i < s.getTeams().size(); i++) {
            ResearchTeam t = s.getTeams().get(i);
            if (t == null) {
                continue;
            }
            String path = "teams[" + i + "]";
            if (t.getThemeId() == null) {
                problems.add(new Problem(path + ".themeId", "problem.required"));
            } else {
                link(path + ".themeId", t.getThemeId(), themes);
                Integer other = teamOfTheme.putIfAbsent(t.getThemeId(), i);
                if (other != null) {
                    problems.add(new Problem(path + ".themeId", "problem.twoTeams", t.getThemeId(),
                            "teams[" + other + "]"));
                }
            }
            if (t.getId() != null) {
                teamThemes.putIfAbsent(t.getId(), t.getThemeId());
            }
            text(path + ".outcome", t.getOutcome(), SessionLimits.LONG_TEXT);
            text(path + ".nextStep", t.getNextStep(), SessionLimits.LONG_TEXT);
            for (CanvasLane lane : CanvasLane.values()) {
                String lanePath = path + "." + lane.name().toLowerCase();
                List<CanvasNote> laneNotes = t.lane(lane);
                if (laneNotes == null) {
                    problems.add(new Problem(lanePath, "problem.required"));
                    continue;
                }
                ids(lanePath, laneNotes, CanvasNote::getId, SessionLimits.ITEMS);
                for (int j = 0; j < laneNotes.size(); j++) {
                    CanvasNote n = laneNotes.get(j);
                    String notePath = lanePath + "[" + j + "]";
                    text(notePath + ".text", n.getText(), SessionLimits.SHORT_TEXT);
                    if (n.getActorGroupId() != null) {
                        link(notePath + ".actorGroupId", n.getActorGroupId(), groups);
                    }
                    Set<String> linked = new HashSet<>();
                    for (int k = 0; k < n.getLinkedNoteIds().size(); k++) {
                        String target = n.getLinkedNoteIds().get(k);
                        link(notePath + ".linkedNoteIds[" + k + "]", target, notes);
                        if (target != null && !linked.add(target)) {
                            problems.add(new Problem(notePath + ".linkedNoteIds[" + k + "]", "problem.duplicateLink",
                                    target));
                        }
                    }
                }
            }
        }
        return teamThemes;
    }

    private void checkActions(Session s, Set<String> themes, Map<String, String> teamThemes) {
        ids("actions", s.getActions(), ActionItem::getId, SessionLimits.ITEMS);
        for (int i = 0; i < s.getActions().size(); i++) {
            ActionItem a = s.getActions().get(i);
            String path = "actions[" + i + "]";
            text(path + ".what", a.getWhat(), SessionLimits.SHORT_TEXT);
            text(path + ".owner", a.getOwner(), SessionLimits.LINE_TEXT);
            text(path + ".remark", a.getRemark(), SessionLimits.SHORT_TEXT);
            if (a.getStatus() == null) {
                problems.add(new Problem(path + ".status", "problem.required"));
            }
            if (a.getThemeId() != null) {
                link(path + ".themeId", a.getThemeId(), themes);
            }
            if (a.getTeamId() != null) {
                link(path + ".teamId", a.getTeamId(), teamThemes.keySet());
                String teamTheme = teamThemes.get(a.getTeamId());
                if (a.getThemeId() != null && teamTheme != null && !teamTheme.equals(a.getThemeId())) {
                    problems.add(new Problem(path + ".themeId", "problem.teamThemeDiffers", a.getThemeId(),
                            a.getTeamId(), teamTheme));
                }
            }
            if (a.getSourceNoteId() != null) {
                Owner source = idOwners.get(a.getSourceNoteId());
                if (source == null) {
                    problems.add(new Problem(path + ".sourceNoteId", "problem.missingLink", a.getSourceNoteId()));
                } else if (!source.isNote()) {
                    problems.add(new Problem(path + ".sourceNoteId", "problem.notANote", a.getSourceNoteId(),
                            source.path()));
                }
            }
        }
    }

    /** Checks ids are present and unique across the whole session, and the list within its size limit. */
    private <T> Set<String> ids(String listPath, List<T> items, Function<T, String> id, int limit) {
        Set<String> seen = new HashSet<>(items == null ? 16 : items.size() * 2);
        if (items == null) {
            problems.add(new Problem(listPath, "problem.required"));
            return seen;
        }
        if (items.size() > limit) {
            problems.add(new Problem(listPath, "problem.tooMany", items.size(), limit));
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                problems.add(new Problem(listPath + "[" + i + "]", "problem.required"));
                continue;
            }
            String value = id.apply(item);
            if (value == null || value.isBlank()) {
                problems.add(new Problem(listPath + "[" + i + "].id", "problem.required"));
            } else {
                Owner previous = idOwners.putIfAbsent(value, new Owner(listPath, i));
                if (previous != null) {
                    problems.add(new Problem(listPath + "[" + i + "].id", "problem.duplicateId", value,
                            previous.path()));
                } else {
                    seen.add(value);
                }
            }
        }
        return seen;
    }

    private void link(String path, String target, Set<String> known) {
        if (target == null || !known.contains(target)) {
            problems.add(new Problem(path, "problem.missingLink", target));
        }
    }

    private void text(String path, String value, int limit) {
        if (value != null && value.length() > limit) {
            problems.add(new Problem(path, "problem.tooLong", value.length(), limit));
        }
        if (hasLoneSurrogate(value)) {
            problems.add(new Problem(path, "problem.loneSurrogate"));
        }
    }

    private void nonNegative(String path, int value) {
        if (value < 0) {
            problems.add(new Problem(path, "problem.range", value, 0, Integer.MAX_VALUE));
        }
    }

    private void coordinate(String path, double value) {
        if (!onBoard(value)) {
            problems.add(new Problem(path, "problem.coordinate", value));
        }
    }
}

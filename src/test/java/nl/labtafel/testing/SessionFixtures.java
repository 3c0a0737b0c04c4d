package nl.labtafel.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Random;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Insight;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.Note;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/** Generated sessions of any size, with every kind of content, for tests and benchmarks. */
public final class SessionFixtures {
    private static final String[] WORDS = {"huisvesting", "taalcafé", "vergunning", "handhaving", "buurt",
        "werkgever", "maatje", "formulieren", "bibliotheek", "inloopspreekuur", "campus", "draagvlak",
        "sport", "welkomstborrel", "informatie", "Pools", "kerk", "wijkteam", "fiets", "huurcontract"};

    private SessionFixtures() {
    }

    public static Session generated(int noteCount, long seed) {
        Random random = new Random(seed);
        Session s = new Session();
        s.getHeader().setTitle("Gegenereerde LAB " + noteCount);
        s.getHeader().setSubject("Proef");
        s.getHeader().setDate(LocalDate.of(2026, 11, 27));
        s.getHeader().setStartTime(LocalTime.of(19, 30));
        s.getHeader().setEndTime(LocalTime.of(21, 30));
        s.getHeader().setParticipantCount(25);
        s.setIntroduction(sentence(random, 60));
        for (PhaseKind kind : PhaseKind.values()) {
            s.getPhases().add(new Phase(kind.name().toLowerCase(), kind, new LocalizedText(kind.name(), kind.name()), 20));
        }
        String[] colours = {"#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00"};
        for (int g = 0; g < colours.length; g++) {
            s.getActorGroups().add(new ActorGroup("g" + g, new LocalizedText("Groep " + g, "Group " + g),
                    colours[g], String.valueOf(g + 1), "mdi2a-account"));
            s.getHeader().getStakeholderGroups().add("g" + g);
        }
        for (int t = 0; t < 6; t++) {
            Theme theme = new Theme(id(random, "t"), "Thema " + WORDS[t]);
            theme.setVotes(random.nextInt(10));
            theme.setChosen(t < 3);
            s.getThemes().add(theme);
        }
        for (int i = 0; i < noteCount; i++) {
            Note note = new Note(id(random, "n"), sentence(random, 4 + random.nextInt(10)), "g" + random.nextInt(6));
            note.setOrganisation(random.nextBoolean() ? "" : "Organisatie " + random.nextInt(40));
            note.setX(random.nextInt(6) * 240.0);
            note.setY(i * 130.0 / 6);
            note.setThemeId(random.nextInt(4) == 0 ? null : s.getThemes().get(random.nextInt(6)).getId());
            s.getNotes().add(note);
        }
        for (InsightKind kind : InsightKind.values()) {
            for (int i = 0; i < 5; i++) {
                s.getInsights().list(kind).add(new Insight(id(random, "i"), sentence(random, 15)));
            }
        }
        for (Theme theme : s.chosenThemes()) {
            ResearchTeam team = new ResearchTeam(id(random, "team"), theme.getId());
            for (CanvasLane lane : CanvasLane.values()) {
                for (int i = 0; i < 6; i++) {
                    CanvasNote note = new CanvasNote(id(random, "c"), sentence(random, 6));
                    note.getLinkedNoteIds().add(s.getNotes().isEmpty() ? null : s.getNotes().get(0).getId());
                    note.getLinkedNoteIds().removeIf(Objects::isNull);
                    team.lane(lane).add(note);
                }
            }
            team.setOutcome(sentence(random, 80));
            team.setNextStep(sentence(random, 25));
            s.getTeams().add(team);
        }
        s.setFollowUp(sentence(random, 100));
        for (int i = 0; i < 50; i++) {
            ActionItem action = new ActionItem(id(random, "a"), sentence(random, 12), "Gemeente");
            action.setDue(LocalDate.of(2026, 12, 1).plusDays(i));
            s.getActions().add(action);
        }
        return s;
    }

    /**
     * An id shaped like {@code Ids.next} but drawn from the seeded random: the same seed must give the same
     * bytes in every JVM, or the child process of KilledDuringSaveTest saves versions the parent cannot recognise.
     */
    private static String id(Random random, String prefix) {
        String alphabet = "0123456789abcdefghijkmnpqrstuvwxyz";
        StringBuilder b = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 10; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }
}

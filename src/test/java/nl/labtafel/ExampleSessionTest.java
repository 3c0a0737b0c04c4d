package nl.labtafel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Note;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionValidator;
import nl.labtafel.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped example session is the seed LAB, complete and in the seed's own words. */
class ExampleSessionTest {
    /** Board size of a post-it in the inventory, in pixels. */
    private static final double NOTE_WIDTH = 220;
    private static final double NOTE_HEIGHT = 120;

    static final Path FILE = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")))
            .sessions().resolve("arbeidsmigranten-lab-2018-04-24.json");

    private static Session session;
    private static SeedMinutes seed;

    @BeforeAll
    static void load() throws Exception {
        session = new SessionStore().load(FILE);
        seed = SeedMinutes.load();
    }

    @Test
    void loadsAndValidatesWithoutProblems() {
        assertEquals(List.of(), SessionValidator.validate(session));
    }

    @Test
    void fileIsWrittenExactlyAsTheAppSavesIt() throws Exception {
        // A hand edit that changes layout or field order would show up as a noisy diff at the first save in the app.
        assertArrayEquals(Files.readAllBytes(FILE), new SessionStore().serialize(session),
                "load and save the example once with SessionStore to normalise it");
    }

    @Test
    void headerIsTheSeedEvening() {
        var h = session.getHeader();
        assertAll(
                () -> assertEquals("Arbeidsmigranten LAB", h.getTitle()),
                () -> assertEquals("Goede huisvesting en participatie van arbeidsmigranten", h.getSubject()),
                () -> assertEquals(LocalDate.of(2018, 4, 24), h.getDate()),
                () -> assertEquals(LocalTime.of(19, 30), h.getStartTime()),
                () -> assertEquals(LocalTime.of(21, 30), h.getEndTime()),
                () -> assertEquals(25, h.getParticipantCount()),
                () -> assertEquals(List.of("inwoners", "arbeidsmigranten", "ondernemers", "organisaties", "huisvesters",
                        "gemeente"), h.getStakeholderGroups()),
                () -> assertEquals("nl", session.getLanguage()));
    }

    @Test
    void introductionIsTheSeedsParagraph() {
        assertEquals(seed.introduction(), session.getIntroduction());
    }

    @Test
    void everyOpvallendPointIsThereVerbatim() {
        assertEquals(seed.observations(), texts(session.getInsights().getObservations()));
        assertEquals(3, session.getInsights().getObservations().size());
        // The broken line of the seed is one sentence in the session.
        assertTrue(texts(session.getInsights().getObservations()).get(1)
                .contains("Zij helpen met het vinden van de juiste weg in de gemeente"));
    }

    @Test
    void everyKansenEnUitdagingenPointIsThereVerbatimAndInOrder() {
        List<String> both = new ArrayList<>(texts(session.getInsights().getOpportunities()));
        both.addAll(texts(session.getInsights().getChallenges()));
        assertEquals(seed.opportunitiesAndChallenges(), both);
        assertEquals(4, both.size());
    }

    @Test
    void theThreeThemesAreChosenForResearchTeams() {
        assertEquals(List.of("Huisvesting en handhaving", "Meedoen, participatie in de samenleving (inclusief taal)",
                "Beeldvorming en draagvlak"), session.getThemes().stream().map(Theme::getName).toList());
        assertEquals(seed.themes(), session.getThemes().stream().map(Theme::getName).toList());
        assertTrue(session.getThemes().stream().allMatch(Theme::isChosen));
        int votes = session.getThemes().stream().mapToInt(Theme::getVotes).sum();
        assertEquals(session.getHeader().getParticipantCount() * session.getVotesPerParticipant(), votes,
                "every participant spent every vote");
    }

    @Test
    void eachTeamHoldsItsOutcomeAndNextStepVerbatim() {
        assertEquals(3, session.getTeams().size());
        for (int i = 0; i < 3; i++) {
            ResearchTeam team = session.getTeams().get(i);
            int number = i + 1;
            assertAll("team " + number,
                    () -> assertEquals(session.getThemes().get(number - 1).getId(), team.getThemeId()),
                    () -> assertEquals(seed.teamOutcome(number), team.getOutcome()),
                    () -> assertEquals(seed.teamNextStep(number), team.getNextStep()));
        }
        assertTrue(session.getTeams().get(1).getOutcome().contains("bedrijfssportcompetitie in samenwerking met Samen RKC"));
    }

    @Test
    void everyCanvasLaneIsFilledAndContributorsPointAtActorGroups() {
        for (ResearchTeam team : session.getTeams()) {
            for (CanvasLane lane : CanvasLane.values()) {
                assertFalse(team.lane(lane).isEmpty(), team.getId() + " " + lane + " is empty");
            }
            assertTrue(team.getChemistry().stream().filter(c -> c.getActorGroupId() != null).count() >= 3,
                    team.getId() + ": who contributes names the actor groups");
        }
        // The library, named in team 2's paragraph, is linked to the post-it where it said what it does.
        CanvasNote library = session.getTeams().get(1).getChemistry().stream()
                .filter(c -> c.getText().startsWith("Bibliotheek")).findFirst().orElseThrow();
        assertEquals("organisaties", library.getActorGroupId());
        Note linked = session.note(library.getLinkedNoteIds().get(0)).orElseThrow();
        assertEquals("Bibliotheek", linked.getOrganisation());
    }

    @Test
    void followUpIsTheThreeVervolgParagraphs() {
        assertEquals(seed.followUp(), session.getFollowUp());
        assertEquals(3, session.getFollowUp().split("\n\n").length);
    }

    @Test
    void theAgreedActionIsOpenWithTheMunicipality() {
        assertEquals(1, session.getActions().size());
        ActionItem action = session.getActions().get(0);
        assertEquals(seed.actions(), List.of(action.getWhat()));
        assertEquals("Gemeente", action.getOwner());
        assertEquals(ActionStatus.OPEN, action.getStatus());
        assertEquals(session.getTeams().get(0).getId(), action.getTeamId());
        assertEquals(session.getTeams().get(0).getThemeId(), action.getThemeId());
    }

    @Test
    void inventoryHasAboutThirtyPostItsFromEveryGroupMostlyInAThemeWithoutOverlap() {
        List<Note> notes = session.getNotes();
        assertTrue(notes.size() >= 25 && notes.size() <= 40, "about 30 post-its, got " + notes.size());
        for (var group : session.getActorGroups()) {
            assertTrue(notes.stream().filter(n -> group.getId().equals(n.getActorGroupId())).count() >= 3,
                    group.getId() + " handed in post-its");
        }
        long housing = session.notesOfTheme(session.getThemes().get(0).getId()).size();
        assertTrue(housing >= notes.size() / 3, "the seed says most input was on housing and enforcement");
        long unthemed = notes.stream().filter(n -> n.getThemeId() == null).count();
        assertTrue(unthemed >= 1 && unthemed <= 5, "a few post-its fit no theme");
        for (int i = 0; i < notes.size(); i++) {
            for (int j = i + 1; j < notes.size(); j++) {
                Note a = notes.get(i);
                Note b = notes.get(j);
                boolean overlap = Math.abs(a.getX() - b.getX()) < NOTE_WIDTH && Math.abs(a.getY() - b.getY()) < NOTE_HEIGHT;
                assertFalse(overlap, "post-its '" + a.getText() + "' and '" + b.getText() + "' overlap on the board");
            }
        }
    }

    @Test
    void idsLookLikeTheOnesTheAppMakes() {
        Pattern random = Pattern.compile("[0-9a-km-np-z]{10}");
        Set<String> seen = new HashSet<>();
        Stream.of(
                session.getNotes().stream().map(n -> prefixed("n", n.getId())),
                session.getThemes().stream().map(t -> prefixed("t", t.getId())),
                session.getTeams().stream().map(t -> prefixed("team", t.getId())),
                session.getTeams().stream().flatMap(t -> Stream.of(CanvasLane.values()).flatMap(l -> t.lane(l).stream()))
                        .map(c -> prefixed("c", c.getId())),
                Stream.of(session.getInsights().getObservations(), session.getInsights().getOpportunities(),
                        session.getInsights().getChallenges()).flatMap(List::stream).map(x -> prefixed("i", x.getId())),
                session.getActions().stream().map(a -> prefixed("a", a.getId())))
                .flatMap(s -> s)
                .forEach(rest -> {
                    assertTrue(random.matcher(rest).matches(), "id part '" + rest + "' is not like Ids.next");
                    assertTrue(seen.add(rest), "id part '" + rest + "' repeats");
                });
    }

    private static String prefixed(String prefix, String id) {
        assertNotNull(id);
        assertTrue(id.startsWith(prefix + "-"), id + " should start with " + prefix + "-");
        return id.substring(prefix.length() + 1);
    }

    private static List<String> texts(List<Insight> insights) {
        return insights.stream().map(Insight::getText).toList();
    }
}

package nl.labtafel.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.CanvasNote;
import nl.labtafel.model.Insight;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.Note;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.ResearchTeam;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/** Sessions for export tests and benchmarks, built in code. */
public final class Fixtures {
    public static final List<String> GROUPS = List.of("inwoners", "arbeidsmigranten", "ondernemers", "organisaties",
            "huisvesters", "gemeente");
    private static final List<String> GROUP_NAMES = List.of("Inwoners", "Arbeidsmigranten", "Ondernemers",
            "Maatschappelijke organisaties", "Huisvesters", "Gemeente");
    public static final String MEMBER = "Anna de Vries";

    private Fixtures() {
    }

    /** The repository's templates/ folder (tests run with labtafel.projectDir set by surefire). */
    public static Path templates() {
        return Path.of(System.getProperty("labtafel.projectDir", "")).toAbsolutePath().resolve("templates");
    }

    /**
     * A session shaped like the seed: 12 notes from 6 groups, 3 observations, 2 opportunities, 2 challenges,
     * 1 idea, 3 chosen themes (and 1 not chosen), 3 teams with outcome, next step and canvas, 3 actions.
     */
    public static Session lab() {
        Session s = new Session();
        s.getHeader().setTitle("Arbeidsmigranten LAB");
        s.getHeader().setDate(LocalDate.of(2018, 4, 24));
        s.getHeader().setStartTime(LocalTime.of(19, 30));
        s.getHeader().setEndTime(LocalTime.of(21, 30));
        s.getHeader().setParticipantCount(25);
        s.getPhases().add(new Phase("intro", PhaseKind.INTRODUCTION,
                new LocalizedText("Introductie", "Introduction"), 10)); // a session has an agenda (issue 11)
        s.setIntroduction("Een diverse groep heeft deelgenomen aan het Arbeidsmigranten LAB.\n\n"
                + "Dit met als doel om ook echt 'samen' aan de slag te gaan.");
        for (int i = 0; i < GROUPS.size(); i++) {
            s.getActorGroups().add(new ActorGroup(GROUPS.get(i), new LocalizedText(GROUP_NAMES.get(i),
                    "Group " + i), "#888888", String.valueOf(i + 1), "mdi2h-home"));
        }
        String[] themes = {"Huisvesting en handhaving", "Meedoen, participatie in de samenleving",
            "Beeldvorming en draagvlak", "Vervoer"};
        for (int i = 0; i < themes.length; i++) {
            Theme t = new Theme("t" + i, themes[i]);
            t.setChosen(i < 3);
            s.getThemes().add(t);
        }
        for (int i = 0; i < 12; i++) {
            Note n = new Note("n" + i, "Post-it " + i + " over wat er al gebeurt", GROUPS.get(i % 6));
            n.setThemeId(i < 10 ? "t" + (i % 4) : null);
            if (i == 3) {
                n.setOrganisation("Kansenfabriek");
            }
            s.getNotes().add(n);
        }
        add(s.getInsights().getObservations(), "Er is veel input geleverd op huisvesting.", "Inwoners doen veel.",
                "Dé arbeidsmigrant bestaat niet.");
        add(s.getInsights().getOpportunities(), "Onderscheid kort en lang verblijf.", "Laagdrempelige informatie.");
        add(s.getInsights().getChallenges(), "Negatieve beeldvorming.", "Weten we de behoeften?");
        add(s.getInsights().getIdeas(), "Een welkomstborrel in de wijk.");
        for (int i = 0; i < 3; i++) {
            ResearchTeam team = new ResearchTeam("team" + i, "t" + i);
            team.setOutcome("Uitkomst van team " + (i + 1) + ", eerste alinea.\n\nTweede alinea van team " + (i + 1) + ".");
            team.setNextStep("Vervolgstap van team " + (i + 1) + ".");
            team.getMembers().add(MEMBER);
            team.getMembers().add("Piotr Kowalski");
            for (CanvasLane lane : CanvasLane.values()) {
                for (int k = 0; k <= lane.ordinal() + i; k++) {
                    team.lane(lane).add(new CanvasNote("c" + i + lane + k, lane + " " + k + " van team " + i));
                }
            }
            s.getTeams().add(team);
        }
        s.setFollowUp("Na een eerste oriëntatie gaan de deelnemers aan de slag.\n\nEr komt een tweede sessie.");
        ActionItem a1 = new ActionItem("a1", "Gemeente organiseert vervolgbijeenkomst.", "Gemeente");
        a1.setDue(LocalDate.of(2018, 6, 1));
        a1.setThemeId("t0");
        ActionItem a2 = new ActionItem("a2", "Vervolgsessie in de Kansenfabriek.", "Deelnemers Meedoen");
        a2.setStatus(ActionStatus.IN_PROGRESS);
        a2.setTeamId("team1");
        ActionItem a3 = new ActionItem("a3", "Leefstijlonderzoek verkennen.", "Ondernemers");
        a3.setStatus(ActionStatus.DONE);
        s.getActions().addAll(List.of(a1, a2, a3));
        return s;
    }

    /** A large evening: {@code notes} post-its over 6 groups and {@code themes} themes, teams with canvases. */
    public static Session large(int notes, int themes, int teams, int actions) {
        Session s = lab();
        s.getNotes().clear();
        s.getThemes().clear();
        s.getTeams().clear();
        s.getActions().clear();
        for (int i = 0; i < themes; i++) {
            Theme t = new Theme("t" + i, "Thema " + (i + 1));
            t.setChosen(i < teams);
            s.getThemes().add(t);
        }
        for (int i = 0; i < notes; i++) {
            Note n = new Note("n" + i, "Post-it " + i + ": buurtactiviteit, taalcafé of huisvesting", GROUPS.get(i % 6));
            n.setThemeId("t" + (i % themes));
            s.getNotes().add(n);
        }
        for (int i = 0; i < teams; i++) {
            ResearchTeam team = new ResearchTeam("team" + i, "t" + i);
            team.setOutcome("Uitkomst van team " + i + ". ".repeat(20));
            team.setNextStep("Vervolg van team " + i + ".");
            for (CanvasLane lane : CanvasLane.values()) {
                for (int k = 0; k < 10; k++) {
                    team.lane(lane).add(new CanvasNote("c" + i + lane + k, "Canvasnotitie " + k));
                }
            }
            s.getTeams().add(team);
        }
        for (int i = 0; i < actions; i++) {
            ActionItem a = new ActionItem("a" + i, "Actiepunt " + i + " uitwerken en terugkoppelen", "Gemeente");
            a.setDue(LocalDate.of(2018, 6, 1).plusDays(i));
            a.setThemeId("t" + (i % themes));
            s.getActions().add(a);
        }
        return s;
    }

    private static void add(List<Insight> list, String... texts) {
        for (String t : texts) {
            list.add(new Insight("i" + list.size() + t.hashCode(), t));
        }
    }
}

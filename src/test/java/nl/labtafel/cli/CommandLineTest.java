package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.labtafel.AppPaths;
import nl.labtafel.io.SessionStore;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.Session;
import nl.labtafel.testing.SessionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private final AppPaths paths = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", ".")));
    private final CliRun cli = new CliRun(paths);

    @TempDir
    Path dir;

    @Test
    void newMakesASessionFromTheTemplateAndRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("nieuw.json");
        assertEquals(0, cli.run("new", "--out", file.toString(), "--title", "Eenzaamheid LAB", "--date", "2026-12-03"));
        Session session = new SessionStore().load(file);
        assertEquals("Eenzaamheid LAB", session.getHeader().getTitle());
        assertEquals(6, session.getActorGroups().size());
        assertEquals(6, session.getPhases().size());
        assertEquals("19:30", session.getHeader().getStartTime().toString());
        byte[] before = Files.readAllBytes(file);
        assertEquals(1, cli.run("new", "--out", file.toString()));
        assertTrue(cli.err().contains("bestaat al"));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }

    @Test
    void theShortTemplateHasNoResearchTeamPhase() throws Exception {
        Path file = dir.resolve("kort.json");
        assertEquals(0, cli.run("new", "--template", paths.templates().resolve("lab-kort.json").toString(),
                "--out", file.toString()));
        Session session = new SessionStore().load(file);
        assertEquals(90, session.getPhases().stream().mapToInt(p -> p.getMinutes()).sum());
        assertTrue(session.getPhases().stream().noneMatch(p -> p.getKind().name().equals("RESEARCH_TEAMS")));
    }

    @Test
    void everyTemplateMakesAValidSessionOfTheEvening() throws Exception {
        assertEquals(120, new TemplateStore().load(paths.defaultTemplate()).getPhases().stream()
                .mapToInt(p -> p.getMinutes()).sum(), "19.30-21.30 is two hours");
    }

    @Test
    void validateNamesEveryBadFileAndExitsOne() throws Exception {
        Path good = dir.resolve("goed.json");
        cli.run("new", "--out", good.toString());
        Path bad = Files.writeString(dir.resolve("kapot.json"), "{\"schemaVersion\": 2,\n \"notes\": [{\"id\": 5}, ]}");
        assertEquals(1, cli.run("validate", good.toString(), bad.toString()));
        String errors = cli.err();
        assertTrue(errors.startsWith(bad.toString() + ": regel 2"), errors);
        assertTrue(cli.out().contains(good + ": geldig"));
        assertEquals(0, cli.run("validate", good.toString()));
    }

    @Test
    void usageErrorsExitTwoWithHelp() {
        assertEquals(2, cli.run("validate"));
        assertTrue(cli.err().contains("Gebruik:"));
        assertEquals(2, cli.run("bestaat-niet"));
        assertEquals(2, cli.run());
        assertEquals(2, cli.run("new", "--out", dir.resolve("x.json").toString(), "--date", "24-04-2018"));
    }

    @Test
    void versionIsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of(System.getProperty("labtafel.projectDir", "")).resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>labtafel</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "the pom names its version");
        assertEquals(0, cli.run("--version"));
        assertEquals("Labtafel " + version.group(1), cli.out().strip());
    }

    @Test
    void infoSummarisesCounts() throws Exception {
        Path file = dir.resolve("info.json");
        new SessionStore().save(SessionFixtures.generated(120, 3), file);
        assertEquals(0, cli.run("info", file.toString()));
        String text = cli.out();
        assertTrue(text.contains("Post-its: 120"), text);
        assertTrue(text.contains("Actiepunten: 50"), text);
        assertTrue(text.contains("Onderzoeksteams: 3"), text);
    }
}

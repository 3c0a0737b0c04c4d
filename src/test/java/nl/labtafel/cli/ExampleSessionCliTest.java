package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.AppPaths;
import nl.labtafel.io.Json;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when running {@code info} and {@code validate} on the shipped example session. */
class ExampleSessionCliTest {
    private static final AppPaths PATHS = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")));
    private static final Path EXAMPLE = PATHS.sessions().resolve("arbeidsmigranten-lab-2018-04-24.json");
    private static final Messages NL = Messages.forLanguage("nl");
    private final CliRun cli = new CliRun(PATHS);

    @TempDir
    Path dir;

    @Test
    void infoSummarisesTheSeedSession() {
        assertEquals(LabtafelCommand.OK, cli.run("info", EXAMPLE.toString()));
        List<String> lines = cli.out().lines().toList();
        assertEquals(List.of(
                NL.format("info.title", "Arbeidsmigranten LAB"),
                NL.format("info.when", "2018-04-24", "19:30", "21:30", 25),
                NL.format("info.notes", 31),
                NL.format("info.notesOfGroup", "Inwoners", 5),
                NL.format("info.notesOfGroup", "Arbeidsmigranten", 4),
                NL.format("info.notesOfGroup", "Ondernemers", 5),
                NL.format("info.notesOfGroup", "Maatschappelijke organisaties", 6),
                NL.format("info.notesOfGroup", "Huisvesters", 5),
                NL.format("info.notesOfGroup", "Gemeente", 6),
                NL.format("info.insights", 7),
                NL.format("info.themes", 3, 3),
                NL.format("info.teams", 3, 42),
                NL.format("info.actions", 1)), lines);
        assertEquals("", cli.err());
    }

    @Test
    void validateAcceptsTheExample() {
        assertEquals(LabtafelCommand.OK, cli.run("validate", EXAMPLE.toString()));
        assertEquals(NL.format("validate.ok", EXAMPLE), cli.out().strip());
    }

    @Test
    void validateNamesFileAndPlaceOfANoteWithAMissingTheme() throws Exception {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(EXAMPLE.toFile());
        ((ObjectNode) root.withArray("notes").get(3)).put("themeId", "t-verdwenen00");
        Path broken = dir.resolve("kapot.json");
        Files.write(broken, Json.mapper().writeValueAsBytes(root));
        byte[] before = Files.readAllBytes(broken);

        assertEquals(LabtafelCommand.FAILED, cli.run("validate", EXAMPLE.toString(), broken.toString()));

        List<String> problems = cli.err().lines().toList();
        assertEquals(1, problems.size(), problems.toString());
        String line = problems.get(0);
        assertTrue(line.startsWith(broken + ": notes[3].themeId: "), line);
        assertTrue(line.endsWith(NL.format("problem.missingLink", "t-verdwenen00")), line);
        // The valid file is still reported as valid, and the broken one is left exactly as it was.
        assertEquals(NL.format("validate.ok", EXAMPLE), cli.out().strip());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(broken));
    }

}

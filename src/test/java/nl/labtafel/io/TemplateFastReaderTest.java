package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.labtafel.model.SessionTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start screen reads templates with the streaming fast path (issue 18): it must make exactly the
 * template databind makes, and leave every file it is not sure of to databind, so a broken template still
 * gets databind's message naming the file and the problem.
 */
class TemplateFastReaderTest {
    private static final String MINIMAL = """
            {"schemaVersion": 3, "id": "x", "name": {"nl": "X"},
             "phases": [{"id": "intro", "kind": "INTRODUCTION", "name": {"nl": "Intro"}, "minutes": 10}],
             "actorGroups": [{"id": "g", "name": {"nl": "Gemeente"}}]%s}
            """;

    @Test
    void everyShippedTemplateReadsTheSameAsWithDatabind() throws Exception {
        List<Path> files = new TemplateStore().list(Path.of("templates"));
        assertTrue(files.size() >= 2, "templates/ holds the shipped LAB formats");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Optional<SessionTemplate> fast = TemplateFastReader.read(bytes);
            assertTrue(fast.isPresent(), file + " takes the fast path");
            SessionTemplate full = Json.mapper().readerFor(SessionTemplate.class).readValue(bytes);
            assertEquals(Json.templateWriter().writeValueAsString(full),
                    Json.templateWriter().writeValueAsString(fast.get()), file.toString());
        }
    }

    @Test
    void leavesWhatItIsNotSureOfToDatabind() {
        for (String odd : List.of(",\"unknown\": 1", ",\"votesPerParticipant\": 2.5", ",\"startTime\": null",
                ",\"researchTeams\": \"yes\"", ",\"startTime\": \"25:00\"", ",\"canvasQuestions\": []")) {
            byte[] bytes = String.format(MINIMAL, odd).getBytes(StandardCharsets.UTF_8);
            assertTrue(TemplateFastReader.read(bytes).isEmpty(), odd);
        }
        assertTrue(TemplateFastReader.read("{\"schemaVersion\": 99, \"id\": \"x\"}".getBytes(StandardCharsets.UTF_8))
                .isEmpty(), "a newer schema version");
        assertTrue(TemplateFastReader.read("{\"id\": \"x\"} []".getBytes(StandardCharsets.UTF_8)).isEmpty(), "trailing");
        assertTrue(TemplateFastReader.read("{\"id\": \"x\",".getBytes(StandardCharsets.UTF_8)).isEmpty(), "cut off");
        assertTrue(TemplateFastReader.read(String.format(MINIMAL, "").getBytes(StandardCharsets.UTF_8)).isPresent());
    }

    @Test
    void aBrokenTemplateStillGetsDatabindsMessageWithItsFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kapot.json");
        Files.writeString(file, String.format(MINIMAL, ",\"votesPerParticipant\": \"drie\""));
        FileProblemException e = assertThrows(FileProblemException.class, () -> new TemplateStore().load(file));
        assertEquals(file, e.file());
        assertTrue(e.problems().get(0).path().contains("votesPerParticipant"), e.problems().toString());
    }
}

package nl.labtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.labtafel.AppPaths;
import nl.labtafel.io.Json;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suggest-themes} on the example session, as a user runs it. */
class SuggestThemesCliTest {
    private static final AppPaths PATHS = new AppPaths(Path.of(System.getProperty("labtafel.projectDir", "")));
    private static final Path EXAMPLE = PATHS.sessions().resolve("arbeidsmigranten-lab-2018-04-24.json");
    private static final Messages NL = Messages.forLanguage("nl");
    private final CliRun cli = new CliRun(PATHS);

    @TempDir
    Path dir;

    private Set<String> noteIds(JsonNode session) {
        Set<String> ids = new HashSet<>();
        session.get("notes").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void jsonListsEveryNoteOnceAndLeavesTheFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(EXAMPLE);
        assertEquals(LabtafelCommand.OK, cli.run("suggest-themes", EXAMPLE.toString(), "--all", "--json"));
        JsonNode list = Json.mapper().readTree(cli.out());
        assertTrue(list.isArray() && list.size() >= 3, list.toString());
        List<String> ids = new ArrayList<>();
        for (JsonNode p : list) {
            assertFalse(p.get("label").asText().isBlank());
            p.get("noteIds").forEach(id -> ids.add(id.asText()));
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no note twice");
        assertEquals(noteIds(Json.mapper().readTree(before)), new HashSet<>(ids), "every note once");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).get("other").asBoolean()) {
                assertEquals(list.size() - 1, i, "'other' comes last");
                assertEquals(NL.get("suggestThemes.other"), list.get(i).get("label").asText(), "in the session's language");
            }
        }
        assertTrue(Arrays.equals(before, Files.readAllBytes(EXAMPLE)), "the session file is not changed");
    }

    @Test
    void withoutAllOnlyTheUnassignedNotesAreConsidered() throws Exception {
        // The seed has three notes without a theme.
        assertEquals(LabtafelCommand.OK, cli.run("suggest-themes", EXAMPLE.toString(), "--json"));
        JsonNode list = Json.mapper().readTree(cli.out());
        int notes = 0;
        for (JsonNode p : list) {
            notes += p.get("noteIds").size();
        }
        assertEquals(3, notes);
    }

    @Test
    void readableListHasAHeaderNumberedThemesAndNoteTexts() {
        assertEquals(LabtafelCommand.OK, cli.run("suggest-themes", EXAMPLE.toString(), "--all", "--count", "4"));
        List<String> lines = cli.out().lines().toList();
        long themes = lines.stream().filter(l -> l.matches("\\d+\\. .*")).count();
        assertEquals(NL.format("suggestThemes.header", themes, 31), lines.get(0));
        assertTrue(lines.get(0).contains("thema's"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1. ")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("5. ")), "at most the four themes asked for");
        assertTrue(lines.stream().anyMatch(l -> l.equals("   - Taalcafé Nederlands voor anderstaligen")));
    }

    @Test
    void oneThemeIsSingular() {
        assertEquals(LabtafelCommand.OK, cli.run("suggest-themes", EXAMPLE.toString(), "--all", "--count", "1"));
        assertEquals("1 voorgesteld thema voor 31 notities:", cli.out().lines().findFirst()
                .orElseThrow());
    }

    @Test
    void threeUnrelatedNotesAreListedUnderOtherWithAPlainSentence() {
        assertEquals(LabtafelCommand.OK, cli.run("suggest-themes", EXAMPLE.toString()));
        List<String> lines = cli.out().lines().toList();
        assertEquals(NL.format("suggestThemes.noThemes", 3, NL.get("suggestThemes.other")), lines.get(0));
        assertEquals(NL.format("suggestThemes.otherHeading", NL.get("suggestThemes.other"), 3), lines.get(2));
        assertFalse(lines.get(0).contains("''"), "an apostrophe, not a doubled one");
    }

    @Test
    void aBadCountIsAUsageErrorAndAMissingFileFails() {
        assertEquals(LabtafelCommand.USAGE, cli.run("suggest-themes", EXAMPLE.toString(), "--count", "0"));
        assertTrue(cli.err().contains(NL.format("suggestThemes.badCount", 0, 30)));
        assertEquals(LabtafelCommand.USAGE, cli.run("suggest-themes", EXAMPLE.toString(), "--count", "veel"));
        Path missing = dir.resolve("missing.json");
        assertEquals(LabtafelCommand.FAILED, cli.run("suggest-themes", missing.toString()));
        assertTrue(cli.err().contains("missing.json"), cli.err());
    }

    @Test
    void aSessionWithEveryNoteThemedSaysSo() throws Exception {
        JsonNode session = Json.mapper().readTree(Files.readAllBytes(EXAMPLE));
        String firstTheme = session.get("themes").get(0).get("id").asText();
        session.get("notes").forEach(n -> ((ObjectNode) n).put("themeId", firstTheme));
        Path file = dir.resolve("all-themed.json");
        Files.write(file, Json.mapper().writeValueAsBytes(session));
        assertEquals(LabtafelCommand.OK, cli.run("suggest-themes", file.toString()));
        assertEquals(NL.get("suggestThemes.noUnassigned"), cli.out().strip());
    }
}

package nl.labtafel.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.model.ThemeOperations;
import nl.labtafel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme's source insights (issue 13) in the session file: saved, loaded back, absent in older files. */
class ThemeInsightsFileTest {
    private final SessionStore store = new SessionStore();

    @TempDir
    Path dir;

    @Test
    void aThemesSourceInsightsAreSavedAndLoadBack() throws Exception {
        Session s = new Session();
        s.getPhases().add(new nl.labtafel.model.Phase("themes", nl.labtafel.model.PhaseKind.THEMES,
                new nl.labtafel.model.LocalizedText("Thema's", "Themes"), 15));
        s.getInsights().getOpportunities().add(new Insight("i1", "Werkgevers willen meedoen"));
        s.getInsights().getChallenges().add(new Insight("i2", "Draagvlak bij inwoners"));
        Theme theme = ThemeOperations.makeTheme(s, List.of(), List.of("i2", "i1"), "Meedoen");
        Path file = dir.resolve("lab.json");
        store.save(s, file);
        assertTrue(Files.readString(file).contains("\"insightIds\" : [ \"i2\", \"i1\" ]"), Files.readString(file));
        Session loaded = store.load(file);
        assertEquals(List.of("i2", "i1"), loaded.theme(theme.getId()).orElseThrow().getInsightIds());
        assertEquals(1, loaded.getInsights().getOpportunities().size(), "the insights stay in their lists");
        assertArrayEquals(store.serialize(s), store.serialize(loaded));
    }

    @Test
    void anOlderFileWithoutThemMeansThemesOfNotesOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("v2.json"), """
                {"schemaVersion": 2,
                 "phases": [{"id": "themes", "kind": "THEMES", "name": {"nl": "Thema's"}, "minutes": 15}],
                 "insights": {"opportunities": [{"id": "i1", "text": "Kans"}]},
                 "themes": [{"id": "t1", "name": "Huisvesting", "votes": 4}],
                 "notes": [{"id": "n1", "text": "Short-stay", "themeId": "t1"}]}""");
        Session loaded = store.load(file);
        assertEquals(List.of(), loaded.getThemes().get(0).getInsightIds());
        assertEquals(4, loaded.getThemes().get(0).getVotes());
    }

    @Test
    void aThemePointingAtAMissingInsightIsRefusedWithItsPlace() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"schemaVersion": 3,
                 "phases": [{"id": "themes", "kind": "THEMES", "name": {"nl": "Thema's"}, "minutes": 15}],
                 "themes": [{"id": "t1", "name": "Huisvesting", "insightIds": ["i9"]}]}""");
        byte[] before = Files.readAllBytes(file);
        FileProblemException e = assertThrows(FileProblemException.class, () -> store.load(file));
        String message = String.join("\n", e.describe(Messages.forLanguage("nl")));
        assertTrue(message.contains("themes[0].insightIds[0]"), message);
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}

package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.SeedMinutes;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exporting the example session gives back the seed minutes: its sections in its order, and its sentences
 * for the introduction, the lists, the team outcomes, "Mogelijk vervolg", Vervolg and Afgesproken.
 */
class SeedExportTest {
    static Docx docx;
    static List<String> body;
    static final SeedMinutes SEED = SeedMinutes.load();

    @BeforeAll
    static void export() throws Exception {
        Path file = Fixtures.templates().resolveSibling("sessions").resolve("arbeidsmigranten-lab-2018-04-24.json");
        Session session = new SessionStore().load(file);
        docx = new Docx(new ExportService(Fixtures.templates()).renderMinutes(session, ExportOptions.defaults(),
                ExportProgress.NONE));
        body = docx.paragraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void headerLinesAreTheSeeds() {
        assertEquals(List.of("Belangrijkste uitkomsten Arbeidsmigranten LAB"), docx.texts("Title"));
        assertEquals(List.of("d.d. 24 april 2018 19.30-21.30", "Aantal deelnemers: 25"), docx.texts("Subtitle"));
    }

    @Test
    void sectionsAreTheSeedsInTheSeedsOrder() {
        assertEquals(List.of("Introductie", "Blik van vandaag, (over)morgen", "Kansen en uitdagingen",
                "Thema's onderzoeksteams", "Belangrijkste uitkomsten onderzoeksteams", "Vervolg", "Afgesproken"),
                docx.texts("heading 1"));
        List<String> teams = docx.texts("heading 2");
        assertEquals(3, teams.size());
        assertTrue(teams.get(0).startsWith("Huisvesting en handhaving"));
        assertTrue(teams.get(1).startsWith("Meedoen, participatie in de samenleving"));
        assertTrue(teams.get(2).startsWith("Beeldvorming en draagvlak"));
        assertEquals(List.of("Opvallend", "Kansen en uitdagingen"), docx.texts("heading 3"));
    }

    @Test
    void introductionAndListsAreTheSeedsSentences() {
        assertEquals(SEED.introduction(), after("Introductie", 1).get(0));
        List<String> bullets = docx.texts("List Bullet");
        List<String> expected = new ArrayList<>(SEED.observations());
        expected.addAll(SEED.opportunitiesAndChallenges());
        expected.addAll(SEED.themes());
        assertEquals(expected, bullets.subList(0, expected.size()));
    }

    @Test
    void eachTeamHasTheSeedsOutcomeThenMogelijkVervolg() {
        List<String> teams = docx.texts("heading 2");
        for (int n = 1; n <= 3; n++) {
            int heading = body.lastIndexOf(teams.get(n - 1)); // the theme list above holds the same words
            List<String> section = body.subList(heading + 1, heading + 3);
            assertEquals(SEED.teamOutcome(n), section.get(0), "outcome of team " + n);
            assertEquals("Mogelijk vervolg: " + SEED.teamNextStep(n), section.get(1), "next step of team " + n);
        }
    }

    @Test
    void vervolgAndAfgesprokenAreTheSeeds() {
        List<String> vervolg = List.of(SEED.followUp().split("\n\n"));
        assertEquals(vervolg, after("Vervolg", vervolg.size()));
        assertEquals("Afgesproken", body.get(body.indexOf("Vervolg") + vervolg.size() + 1));
        var table = docx.tables().get(docx.tables().size() - 1);
        assertEquals(SEED.actions().size() + 1, table.getNumberOfRows());
        assertEquals(List.of("Nr.", "Wat", "Wie"), table.getRow(0).getTableCells().stream().map(c -> c.getText())
                .toList(), "no empty Wanneer column when no action has a date yet");
        for (int i = 0; i < SEED.actions().size(); i++) {
            assertEquals(String.valueOf(i + 1), table.getRow(i + 1).getCell(0).getText());
            assertEquals(SEED.actions().get(i), table.getRow(i + 1).getCell(1).getText());
        }
    }

    private static List<String> after(String heading, int count) {
        int i = body.indexOf(heading);
        return body.subList(i + 1, i + 1 + count);
    }
}

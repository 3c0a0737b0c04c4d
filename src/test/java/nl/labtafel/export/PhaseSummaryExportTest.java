package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Each phase's own summary stands under that phase's heading in the minutes, in Dutch and English sessions. */
class PhaseSummaryExportTest {
    private final ExportService service = new ExportService(Fixtures.templates());

    private static Session withSummaries() {
        Session s = Fixtures.lab();
        s.getPhases().clear();
        String[] summaries = {"Samenvatting introductie.", "Hieruit blijkt dat er veel partijen actief zijn.",
            "Samenvatting kansen.", "Samenvatting thema's.", "Samenvatting teams.", "Samenvatting vervolg."};
        PhaseKind[] kinds = PhaseKind.values();
        for (int i = 0; i < kinds.length; i++) {
            Phase p = new Phase("p" + i, kinds[i], new LocalizedText(kinds[i].name(), kinds[i].name()), 10);
            p.setSummary(summaries[i]);
            s.getPhases().add(p);
        }
        return s;
    }

    private static List<String> body(Docx docx) {
        return docx.paragraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static String after(List<String> body, String heading, int offset) {
        return body.get(body.indexOf(heading) + offset);
    }

    @Test
    void eachSummaryStandsUnderItsPhasesHeading() throws Exception {
        try (Docx docx = new Docx(service.renderMinutes(withSummaries(), ExportOptions.defaults(), ExportProgress.NONE))) {
            List<String> body = body(docx);
            assertEquals("Samenvatting introductie.", body.get(body.indexOf("Blik van vandaag, (over)morgen") - 1),
                    "after the introduction text");
            assertEquals("Hieruit blijkt dat er veel partijen actief zijn.", after(body, "Blik van vandaag, (over)morgen", 2),
                    "after the inventory's lead sentence");
            assertFalse(docx.allText().contains("post-its geplaatst"), "the summary takes the counted sentence's place");
            assertEquals("Samenvatting kansen.", after(body, "Kansen en uitdagingen", 2));
            assertEquals("Samenvatting thema's.", after(body, "Thema's onderzoeksteams", 1));
            assertEquals("Samenvatting teams.", after(body, "Belangrijkste uitkomsten onderzoeksteams", 1));
            int followUp = body.indexOf("Vervolg");
            int actions = body.indexOf("Afgesproken");
            assertEquals("Samenvatting vervolg.", body.get(actions - 1));
            assertTrue(followUp < actions - 1);
        }
    }

    @Test
    void withoutASummaryTheInventoryCountsItsNotes() throws Exception {
        try (Docx docx = new Docx(service.renderMinutes(Fixtures.lab(), ExportOptions.defaults(), ExportProgress.NONE))) {
            assertTrue(docx.allText().contains("post-its geplaatst"));
        }
    }

    @Test
    void summariesAreExportedInEnglishSessionsToo() throws Exception {
        Session s = withSummaries();
        s.setLanguage("en");
        try (Docx docx = new Docx(service.renderMinutes(s, ExportOptions.defaults(), ExportProgress.NONE))) {
            List<String> body = body(docx);
            assertEquals("Hieruit blijkt dat er veel partijen actief zijn.", after(body, "Today, tomorrow and beyond", 2));
            assertEquals("Samenvatting teams.", after(body, "Key outcomes of the research teams", 1));
        }
    }

    @Test
    void aPhaseWithOnlyASummaryStillGetsItsSection() throws Exception {
        Session s = withSummaries();
        s.getNotes().clear();
        s.getInsights().getObservations().clear();
        s.getInsights().getOpportunities().clear();
        s.getInsights().getChallenges().clear();
        s.getInsights().getIdeas().clear();
        try (Docx docx = new Docx(service.renderMinutes(s, ExportOptions.defaults(), ExportProgress.NONE))) {
            List<String> body = body(docx);
            assertEquals("Hieruit blijkt dat er veel partijen actief zijn.", after(body, "Blik van vandaag, (over)morgen", 2));
            assertEquals("Samenvatting kansen.", after(body, "Kansen en uitdagingen", 2));
        }
    }
}

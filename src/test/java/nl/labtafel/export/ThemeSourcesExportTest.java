package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import nl.labtafel.model.Session;
import nl.labtafel.model.ThemeOperations;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * A theme that came from insights (issue 13) says so in the minutes, right under its bullet, as the seed's themes
 * came "op basis van de inventarisatie kansen, uitdagingen en ideeën".
 */
class ThemeSourcesExportTest {
    private final ExportService service = new ExportService(Fixtures.templates());

    @Test
    void theInsightsAThemeCameFromStandUnderItsBullet() throws Exception {
        Session s = Fixtures.lab();
        String opportunity = s.getInsights().getOpportunities().get(0).getId();
        String challenge = s.getInsights().getChallenges().get(0).getId();
        ThemeOperations.assignInsights(s, List.of(opportunity, challenge), "t2");
        try (Docx docx = new Docx(service.renderMinutes(s, ExportOptions.defaults(), ExportProgress.NONE))) {
            List<XWPFParagraph> body = docx.paragraphs();
            List<String> texts = body.stream().map(XWPFParagraph::getText).toList();
            int bullet = texts.indexOf("Beeldvorming en draagvlak");
            assertEquals("List Bullet", docx.styleName(body.get(bullet)));
            assertEquals("Voortgekomen uit: kans \u2018Onderscheid kort en lang verblijf.\u2019; "
                    + "uitdaging \u2018Negatieve beeldvorming.\u2019", texts.get(bullet + 1));
            assertEquals(List.of("Huisvesting en handhaving", "Meedoen, participatie in de samenleving",
                    "Beeldvorming en draagvlak"), texts.subList(texts.indexOf("Huisvesting en handhaving"), bullet + 1));
            assertFalse(texts.get(bullet - 1).startsWith("Voortgekomen"), "themes of post-its only have no such line");
            assertEquals("Onderscheid kort en lang verblijf.", texts.get(texts.indexOf("Kansen en uitdagingen") + 1
                    + texts.subList(texts.indexOf("Kansen en uitdagingen"), texts.size()).indexOf(
                            "Onderscheid kort en lang verblijf.") - 1), "the insight is still in its own list");
        }
    }

    @Test
    void withoutInsightsTheThemesAreThePlainBulletsTheyWere() throws Exception {
        try (Docx docx = new Docx(service.renderMinutes(Fixtures.lab(), ExportOptions.defaults(), ExportProgress.NONE))) {
            assertFalse(docx.allText().contains("Voortgekomen uit"));
        }
    }
}

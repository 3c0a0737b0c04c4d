package nl.labtafel.ui.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.labtafel.export.ExportOptions;
import nl.labtafel.export.ExportProgress;
import nl.labtafel.export.ExportService;
import nl.labtafel.export.Fixtures;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Insight;
import nl.labtafel.model.Note;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.ui.common.AudienceItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The minutes' pictures are the room's pages: the example session's minutes carry one picture per inventory page
 * of the audience layout, in the inventory section, and one per themes page under the themes; the painted pages
 * show every post-it in its group's colour with its text in the ink the projector uses, and a theme's insights
 * as white cards. No JavaFX toolkit is involved (Java2D on the calling thread).
 */
class RoomPicturesTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("labtafel.projectDir", "."))
            .resolve("sessions/arbeidsmigranten-lab-2018-04-24.json");

    private static Session example() throws Exception {
        return new SessionStore().load(EXAMPLE);
    }

    @Test
    void theExampleMinutesCarryOnePicturePerInventoryPageInTheInventorySection() throws Exception {
        Session session = example();
        for (Language language : Language.values()) {
            int inventoryPages = RoomPictures.layout(session, language, PhaseKind.INVENTORY, new AwtTextMeasure()).size();
            int themesPages = RoomPictures.layout(session, language, PhaseKind.THEMES, new AwtTextMeasure()).size();
            assertTrue(inventoryPages >= 1 && inventoryPages <= 3, "inventory pages " + inventoryPages);
            byte[] docx = new ExportService(Fixtures.templates(), new RoomPictures()).renderMinutes(session,
                    ExportOptions.defaults().withPictures(true).withLanguage(language), ExportProgress.NONE);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                List<String> sections = pictureSections(doc);
                String inventory = language == Language.DUTCH ? "Blik van vandaag, (over)morgen"
                        : "Today, tomorrow and beyond";
                String themes = language == Language.DUTCH ? "Thema's onderzoeksteams" : "Research team themes";
                assertEquals(inventoryPages, sections.stream().filter(inventory::equals).count(), sections.toString());
                assertEquals(themesPages, sections.stream().filter(themes::equals).count(), sections.toString());
                assertEquals(inventoryPages + themesPages, sections.size(), sections.toString());
            }
        }
    }

    /** For each picture in the body, the heading 1 it stands under. */
    private static List<String> pictureSections(XWPFDocument doc) {
        List<String> sections = new ArrayList<>();
        String heading = "";
        for (XWPFParagraph p : doc.getParagraphs()) {
            String style = p.getStyleID() == null ? "" : doc.getStyles().getStyle(p.getStyleID()).getName();
            if ("heading 1".equalsIgnoreCase(style)) {
                heading = p.getText();
            }
            for (var run : p.getRuns()) {
                for (int i = 0; i < run.getEmbeddedPictures().size(); i++) {
                    sections.add(heading);
                }
            }
        }
        return sections;
    }

    @Test
    void everyPostItIsPaintedInItsGroupsColourWithItsTextInInk() throws Exception {
        Session session = example();
        AwtTextMeasure measure = new AwtTextMeasure();
        List<Page> pages = RoomPictures.layout(session, Language.DUTCH, PhaseKind.INVENTORY, measure);
        PagePainter painter = new PagePainter(measure);
        Set<String> painted = new HashSet<>();
        for (Page page : pages) {
            BufferedImage image = painter.paint(page, RoomPictures.SCALE);
            assertEquals((int) (RoomPictures.WIDTH * RoomPictures.SCALE), image.getWidth());
            for (Box b : page.boxes()) {
                if (b.role() != Box.Role.CARD) {
                    continue;
                }
                painted.add(b.item().id());
                int fill = Integer.parseInt(b.fill().substring(1), 16);
                int face = Integer.parseInt(Palette.face(b.fill()).substring(1), 16);
                // Beside the text (right of the widest line, inside the padding), the card's face: a tint of its
                // group's colour; on its left edge, the group's colour itself (as on the projector).
                assertEquals(face, rgb(image, b.x() + b.w() - b.padding() / 2, b.y() + b.h() / 2),
                        "face of " + b.lines());
                assertEquals(fill, rgb(image, b.x() + 1.5, b.y() + b.h() / 2), "edge of " + b.lines());
                // In the first line, the text's ink: pixels as dark (or light) as the ink, not only the fill.
                int ink = Integer.parseInt(b.ink().substring(1), 16);
                int inked = 0;
                for (double x = b.x() + b.padding(); x < b.x() + b.w() - b.padding(); x += 0.5) {
                    for (double y = b.y() + b.padding(); y < b.y() + b.padding() + b.lineHeight(); y += 0.5) {
                        inked += near(rgb(image, x, y), ink) ? 1 : 0;
                    }
                }
                assertTrue(inked > 20, "ink in " + b.lines() + ": " + inked);
            }
        }
        Set<String> notes = new HashSet<>(session.getNotes().stream().map(Note::getId).toList());
        assertEquals(notes, painted);
    }

    @Test
    void aThemesInsightsArePaintedAsWhiteCardsInItsColumn() throws Exception {
        Session session = example();
        Insight insight = session.getInsights().getOpportunities().get(0);
        session.getThemes().get(0).getInsightIds().add(insight.getId());
        AwtTextMeasure measure = new AwtTextMeasure();
        List<Page> pages = RoomPictures.layout(session, Language.DUTCH, PhaseKind.THEMES, measure);
        Page page = pages.get(AudienceLayout.pageOf(pages, new AudienceItem(AudienceItem.Kind.INSIGHT, insight.getId())));
        Box card = page.boxes().stream().filter(b -> insight.getId().equals(b.item() == null ? null : b.item().id()))
                .findFirst().orElseThrow();
        BufferedImage image = new PagePainter(measure).paint(page, RoomPictures.SCALE);
        assertEquals(0xFFFFFF, rgb(image, card.x() + card.w() - card.padding() / 2, card.y() + card.h() / 2));
        assertEquals(0xFAFAF7, rgb(image, 2, 2), "the projector's ground");
    }

    private static int rgb(BufferedImage image, double x, double y) {
        return image.getRGB((int) (x * RoomPictures.SCALE), (int) (y * RoomPictures.SCALE)) & 0xFFFFFF;
    }

    private static boolean near(int a, int b) {
        return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) < 40 && Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) < 40
                && Math.abs((a & 0xFF) - (b & 0xFF)) < 40;
    }
}

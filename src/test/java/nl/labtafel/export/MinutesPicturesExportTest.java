package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The minutes' pictures as the export places them, with a stand-in painter: the inventory's pages under "Blik van
 * vandaag", the themes' pages under "Thema's", each with a caption naming its page, drawn on the exporting thread
 * only when the organiser asks for pictures.
 */
class MinutesPicturesExportTest {
    @TempDir
    Path dir;

    /** Three inventory pages and two themes pages, plain colours; remembers the threads it was called on. */
    private static final class Painter implements MinutesPictures {
        final List<String> threads = new ArrayList<>();

        @Override
        public Pages inventory(Session session, Language language) {
            return pages(Color.ORANGE, 3);
        }

        @Override
        public Pages themes(Session session, Language language) {
            return pages(Color.GREEN, 2);
        }

        private Pages pages(Color colour, int count) {
            return new Pages() {
                @Override
                public int count() {
                    return count;
                }

                @Override
                public BufferedImage draw(int index) {
                    threads.add(Thread.currentThread().getName());
                    BufferedImage image = new BufferedImage(400, 283, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = image.createGraphics();
                    g.setColor(colour);
                    g.fillRect(0, 0, 400, 283);
                    g.dispose();
                    return image;
                }
            };
        }
    }

    private final Painter painter = new Painter();

    private Docx minutes(ExportOptions options) throws Exception {
        return new Docx(new ExportService(Fixtures.templates(), painter).renderMinutes(Fixtures.lab(), options,
                ExportProgress.NONE));
    }

    /** The captions of the pictures between a heading and the next one, in order. */
    private static List<String> captionsUnder(Docx docx, String heading, String next) {
        List<XWPFParagraph> body = docx.paragraphs();
        int from = indexOf(body, heading);
        int to = indexOf(body, next);
        List<String> captions = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            if (body.get(i).getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty())) {
                captions.add(body.get(i + 1).getText());
            }
        }
        return captions;
    }

    private static long pictureCount(Docx docx) {
        return docx.paragraphs().stream().flatMap(p -> p.getRuns().stream())
                .mapToLong(r -> r.getEmbeddedPictures().size()).sum();
    }

    private static int indexOf(List<XWPFParagraph> body, String text) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    @Test
    void theInventoryPagesStandUnderTheInventoryAndTheThemesPagesUnderTheThemes() throws Exception {
        try (Docx docx = minutes(ExportOptions.defaults().withPictures(true))) {
            assertEquals(5, pictureCount(docx));
            assertEquals(List.of(
                    "De inventarisatie zoals de zaal haar zag: de post-its per actorgroep (pagina 1 van 3)",
                    "De inventarisatie zoals de zaal haar zag: de post-its per actorgroep (pagina 2 van 3)",
                    "De inventarisatie zoals de zaal haar zag: de post-its per actorgroep (pagina 3 van 3)"),
                    captionsUnder(docx, "Blik van vandaag, (over)morgen", "Kansen en uitdagingen"));
            assertEquals(List.of(
                    "Het themabord: de post-its in een kolom per thema, met de stippen per thema (pagina 1 van 2)",
                    "Het themabord: de post-its in een kolom per thema, met de stippen per thema (pagina 2 van 2)"),
                    captionsUnder(docx, "Thema's onderzoeksteams", "Belangrijkste uitkomsten onderzoeksteams"));
            assertTrue(docx.allText().contains("pagina 1 van 3"));
        }
        assertEquals(5, painter.threads.size());
        assertTrue(painter.threads.stream().allMatch(Thread.currentThread().getName()::equals),
                "painted on the exporting thread: " + painter.threads);
    }

    @Test
    void inEnglishTheCaptionsSayPageOf() throws Exception {
        try (Docx docx = minutes(ExportOptions.defaults().withPictures(true).withLanguage(Language.ENGLISH))) {
            assertTrue(docx.allText().contains("The inventory as the room saw it: the notes by actor group (page 2 of 3)"),
                    docx.allText());
        }
    }

    @Test
    void withoutPicturesNothingIsDrawn() throws Exception {
        try (Docx docx = minutes(ExportOptions.defaults())) {
            assertEquals(0, pictureCount(docx));
        }
        assertEquals(List.of(), painter.threads);
    }

    @Test
    void theOrganisersOwnBoardPictureTakesTheThemesPlace() throws Exception {
        Path png = dir.resolve("bord.png");
        Files.write(png, TinyPng.bytes(400, 200));
        try (Docx docx = minutes(ExportOptions.defaults().withPictures(true).withBoardImage(png))) {
            assertEquals(3, captionsUnder(docx, "Blik van vandaag, (over)morgen", "Kansen en uitdagingen").size());
            assertEquals(List.of("Het themabord: de post-its in een kolom per thema, met de stippen per thema"),
                    captionsUnder(docx, "Thema's onderzoeksteams", "Belangrijkste uitkomsten onderzoeksteams"));
        }
    }
}

package nl.labtafel.ui;

import static nl.labtafel.ui.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Minutes and action list exported from the dialog, read back with POI. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private static final String SEED = "arbeidsmigranten-lab-2018-04-24.json";
    private ShellFixture fixture;
    private Path session;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture();
        Path project = Path.of(System.getProperty("labtafel.projectDir", "."));
        session = Files.copy(project.resolve("sessions").resolve(SEED), fixture.paths.sessions().resolve(SEED));
        fixture.start(stage, List.of(session.toString()));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void exportMinutesAndActionsFromTheDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".lt-agenda").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("Exporteren naar Word").tryQuery().isPresent()
                || robot.lookup(".check-box").queryAll().size() >= 5);
        robot.clickOn("Canvas van elk team als tabel");
        assertTrue(robot.lookup("Afbeeldingen van de zaal: inventarisatie en thema's").queryAs(CheckBox.class).isSelected());
        // The organiser sees how many pages of pictures that is before exporting (counted in the background).
        Label pages = robot.lookup("#export-picture-pages").queryAs(Label.class);
        waitUntil(() -> !pages.getText().isEmpty());
        assertTrue(robot.lookup("Actielijst").queryAs(CheckBox.class).isSelected());
        Path minutes = Path.of(robot.lookup((TextField f) -> f.getText().endsWith("Notulen Arbeidsmigranten LAB.docx"))
                .queryAs(TextField.class).getText());
        Path actions = minutes.resolveSibling("Actielijst Arbeidsmigranten LAB.docx");
        robot.clickOn("Actielijst in Excel");
        robot.clickOn("#export-author").write("Marieke Jansen");
        robot.clickOn("Inhoudsopgave");
        Path excel = minutes.resolveSibling("Actielijst Arbeidsmigranten LAB.xlsx");
        robot.clickOn("Exporteren");
        waitUntil(() -> robot.lookup((Label l) -> l.getText().startsWith("Klaar")).tryQuery().isPresent());

        try (InputStream in = Files.newInputStream(minutes); XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Huisvesting en handhaving"), "the theme");
            assertTrue(text.contains("Forecasting maken"), "a canvas note from the canvas table");
            assertTrue(text.contains("Gemeente organiseert vervolgbijeenkomst"), "the action");
            // The room's pictures: the inventory's pages (the example takes two) and the themes' pages.
            long pictures = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToLong(r -> r.getEmbeddedPictures().size()).sum();
            assertTrue(pictures >= 3, "the inventory's and the themes' pages: " + pictures);
            assertEquals("(" + pictures + " pagina's)", pages.getText(), "the dialog counted the pictures the minutes got");
            assertTrue(text.contains("De inventarisatie zoals de zaal haar zag: de post-its per actorgroep (pagina 1 van"),
                    "the inventory picture's caption");
            assertEquals("image/png", doc.getAllPictures().get(0).getPackagePart().getContentType());
            assertEquals("Marieke Jansen", doc.getProperties().getCoreProperties().getCreator(), "the organiser as author");
            assertTrue(doc.getDocument().xmlText().contains("TOC \\o"), "the table of contents field");
        }
        assertEquals("Marieke Jansen", fixture.shell.settings().organiser(), "remembered for the next export");
        try (InputStream in = Files.newInputStream(actions); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(new XWPFWordExtractor(doc).getText().contains("Gemeente organiseert vervolgbijeenkomst"));
            assertEquals(2, doc.getTables().get(0).getNumberOfRows(), "header and the one action");
        }
        try (InputStream in = Files.newInputStream(excel);
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            var row = book.getSheetAt(0).getRow(1);
            assertEquals(1, (int) row.getCell(0).getNumericCellValue(), "action 1, as in the Word list");
            assertTrue(row.getCell(1).getStringCellValue().startsWith("Gemeente organiseert vervolgbijeenkomst"));
        }
        robot.clickOn("Open map");
        assertEquals(minutes.getParent().toUri().toString(), fixture.opened.get(0));
    }
}

package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.labtafel.text.Messages;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that cannot make proper minutes is refused with a message naming it; no output is written. */
class TemplateProblemsTest {
    @TempDir
    Path dir;

    private final ExportService service = new ExportService(Fixtures.templates());
    private final Messages nl = Messages.forLanguage("nl");

    private ExportException failMinutes(Path template) {
        Path out = dir.resolve("notulen.docx");
        ExportException e = assertThrows(ExportException.class, () -> service.exportMinutes(Fixtures.lab(),
                ExportOptions.defaults().withMinutesTemplate(template), out, ExportProgress.NONE));
        assertTrue(Files.notExists(out), "no output after a failed export");
        return e;
    }

    private String describe(ExportException e) {
        return String.join("\n", e.describe(nl));
    }

    @Test
    void aMissingStyleIsNamedWithTheTemplate() throws Exception {
        Path template = TemplateVariants.without(dir, "ListBullet");
        ExportException e = failMinutes(template);
        assertEquals(template, e.file());
        assertEquals(template + ": de stijl 'List Bullet' ontbreekt (in Nederlandstalige Word heet die "
                + "'Lijstopsommingsteken'); voeg die stijl toe of begin opnieuw met het standaardsjabloon", describe(e));
    }

    @Test
    void everyMissingStyleIsNamedAtOnce() throws Exception {
        Path once = TemplateVariants.without(dir, "Heading3");
        Path twice = TemplateVariants.rewrite(once, dir.resolve("twee.docx"), (name, xml) -> name.equals("word/styles.xml")
                ? xml.replaceAll("(?s)<w:style [^>]*w:styleId=\"Caption\">.*?</w:style>", "") : xml);
        String message = describe(failMinutes(twice));
        assertTrue(message.contains("'heading 3'") && message.contains("'Kop 3'"), message);
        assertTrue(message.contains("'caption'") && message.contains("'Bijschrift'"), message);
    }

    @Test
    void aListBulletStyleWithoutBulletsIsRefused() throws Exception {
        Path template = TemplateVariants.rewrite(TemplateVariants.defaultMinutes(), dir.resolve("geen-bullets.docx"),
                (name, xml) -> name.equals("word/styles.xml") ? xml.replace("<w:numPr><w:numId w:val=\"1\"/></w:numPr>", "") : xml);
        assertTrue(describe(failMinutes(template)).contains("'List Bullet' ('Lijstopsommingsteken') heeft geen opsommingsteken"));
    }

    @Test
    void filesThatAreNotWordDocumentsGetAClearMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("tekst.docx"), "Dit is geen Word-bestand", StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("leeg.docx"), new byte[0]);
        Path zip = Files.write(dir.resolve("kapot.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path excel = dir.resolve("rekenblad.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(excel)) {
            wb.createSheet("Blad1");
            wb.write(out);
        }
        for (Path bad : List.of(text, empty, zip, excel)) {
            ExportException e = failMinutes(bad);
            assertEquals(bad, e.file());
            assertTrue(describe(e).startsWith(bad + ": geen Word-document"), describe(e));
        }
    }

    @Test
    void anOldWordFileIsRecognised() throws Exception {
        Path doc = dir.resolve("oud.doc");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(bytes);
        }
        Files.write(doc, bytes.toByteArray());
        assertTrue(describe(failMinutes(doc)).contains("oud Word-bestand (.doc)"));
    }

    @Test
    void aMissingTemplateOrFolderIsNamed() {
        Path missing = dir.resolve("bestaat-niet.docx");
        assertEquals(missing + ": Word-sjabloon niet gevonden", describe(failMinutes(missing)));
        assertEquals(dir + ": dit is een map, geen Word-sjabloon", describe(failMinutes(dir)));
    }

    @Test
    void aWordTemplateFileDotxWorksAndGivesADocument() throws Exception {
        Path dotx = TemplateVariants.rewrite(TemplateVariants.defaultMinutes(), dir.resolve("huisstijl.dotx"),
                (name, xml) -> name.equals("[Content_Types].xml")
                        ? xml.replace(XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType()) : xml);
        Path out = dir.resolve("notulen.docx");
        service.exportMinutes(Fixtures.lab(), ExportOptions.defaults().withMinutesTemplate(dotx), out, ExportProgress.NONE);
        try (Docx docx = Docx.read(out)) {
            assertEquals(XWPFRelation.DOCUMENT.getContentType(), docx.doc.getPackagePart().getContentType());
            assertEquals(7, docx.count("heading 1"));
        }
    }

    @Test
    void aFailedExportLeavesThePreviousFileAsItWasAndNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("notulen.docx");
        byte[] previous = "vorige versie".getBytes(StandardCharsets.UTF_8);
        Files.write(out, previous);
        Path broken = TemplateVariants.without(dir, "Title");
        assertThrows(ExportException.class, () -> service.exportMinutes(Fixtures.lab(),
                ExportOptions.defaults().withMinutesTemplate(broken), out, ExportProgress.NONE));
        assertArrayEquals(previous, Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aBoardPictureThatIsNotAPngIsNamed() throws Exception {
        Path jpeg = Files.write(dir.resolve("bord.png"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        ExportException e = assertThrows(ExportException.class, () -> service.exportMinutes(Fixtures.lab(),
                ExportOptions.defaults().withBoardImage(jpeg), dir.resolve("n.docx"), ExportProgress.NONE));
        assertEquals(jpeg + ": geen PNG-afbeelding; sla de foto van het bord op als .png", describe(e));
    }

    @Test
    void theOutputMustBeADocxAndNotTheTemplateItself() throws Exception {
        Path session = Files.writeString(dir.resolve("sessie.json"), "{}");
        ExportException notDocx = assertThrows(ExportException.class, () -> service.exportMinutes(Fixtures.lab(),
                ExportOptions.defaults(), session, ExportProgress.NONE));
        assertTrue(describe(notDocx).endsWith("kies een bestandsnaam die eindigt op .docx"));
        assertEquals("{}", Files.readString(session));
        Path template = Files.copy(TemplateVariants.defaultMinutes(), dir.resolve("eigen.docx"));
        ExportException itself = assertThrows(ExportException.class, () -> service.exportMinutes(Fixtures.lab(),
                ExportOptions.defaults().withMinutesTemplate(template), template, ExportProgress.NONE));
        assertTrue(describe(itself).contains("dit is het Word-sjabloon zelf"));
    }

    @Test
    void progressRunsFromStartToOne() throws Exception {
        List<Double> seen = new ArrayList<>();
        service.exportMinutes(Fixtures.lab(), ExportOptions.defaults(), dir.resolve("n.docx"), seen::add);
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
        }
    }
}

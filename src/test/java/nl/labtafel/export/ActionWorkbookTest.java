package nl.labtafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel action sheet read back with POI: header, types, real dates, filter, frozen row, numbering. */
class ActionWorkbookTest {
    @TempDir
    Path dir;

    private static XSSFWorkbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static Session labWithTrialAction() {
        Session s = Fixtures.lab();
        s.getActions().add(1, new ActionItem("blank", "   ", ""));
        ActionItem fromTrial = new ActionItem("a4", "Taalmaatjes koppelen aan nieuwe werknemers", "Bibliotheek");
        var trial = s.getTeams().get(0).lane(CanvasLane.TRIALS).get(0);
        trial.getLinkedNoteIds().addAll(List.of("n0", "n4"));
        fromTrial.setSourceNoteId(trial.getId());
        s.getActions().add(fromTrial);
        return s;
    }

    @Test
    void oneRowPerActionWithRealDatesFrozenFilterableHeaderAndTheWordNumbers() throws Exception {
        Session s = labWithTrialAction();
        byte[] xlsx = new ActionWorkbook(Language.DUTCH).render(List.of(new ActionWorkbook.Source(s, "lab.json")), false);
        try (XSSFWorkbook book = read(xlsx)) {
            XSSFSheet sheet = book.getSheet("Actiepunten");
            assertNotNull(sheet);
            XSSFRow header = sheet.getRow(0);
            List<String> names = List.of("Nr.", "Wat", "Wie", "Wanneer", "Status", "Thema", "Sessie", "Herkomst");
            for (int c = 0; c < names.size(); c++) {
                assertEquals(names.get(c), header.getCell(c).getStringCellValue());
            }
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(new CellRangeAddress(0, 4, 0, 7).formatAsString(),
                    sheet.getCTWorksheet().getAutoFilter().getRef(), "filter over header and all rows");
            assertEquals(5, sheet.getLastRowNum() + 1, "4 actions + header; the blank one is left out");

            ActionNumbers numbers = ActionNumbers.of(s);
            for (int r = 1; r <= 4; r++) {
                XSSFRow row = sheet.getRow(r);
                assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
                ActionItem action = numbers.actions().get(r - 1);
                assertEquals(numbers.number(action).getAsInt(), (int) row.getCell(0).getNumericCellValue());
                assertEquals(action.getWhat(), row.getCell(1).getStringCellValue());
            }
            XSSFRow first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(3)), "due is a real date");
            assertEquals(LocalDate.of(2018, 6, 1), first.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Open", first.getCell(4).getStringCellValue());
            assertEquals("Arbeidsmigranten LAB (24 april 2018)", first.getCell(6).getStringCellValue());
            assertEquals("In uitvoering", sheet.getRow(2).getCell(4).getStringCellValue());
            assertEquals(CellType.BLANK, sheet.getRow(2).getCell(3).getCellType(), "no due date, empty cell");
            String origin = sheet.getRow(4).getCell(7).getStringCellValue();
            assertTrue(origin.startsWith("Proef \u201eTRIALS 0 van team 0\u201d"), origin);
            assertTrue(origin.contains("2 post-its"), origin);
            assertEquals(s.theme("t0").orElseThrow().getName(), sheet.getRow(4).getCell(5).getStringCellValue());
            int whatWidth = sheet.getColumnWidth(1) / 256;
            assertTrue(whatWidth >= 30 && whatWidth <= 60, "readable width for Wat: " + whatWidth);
            assertTrue(sheet.getColumnWidth(0) / 256 <= 8, "narrow number column");
        }
    }

    @Test
    void openOnlyKeepsTheNumbersOfTheFullList() throws Exception {
        Session s = labWithTrialAction();
        byte[] xlsx = new ActionWorkbook(Language.ENGLISH).render(List.of(new ActionWorkbook.Source(s, "lab.json")), true);
        try (XSSFWorkbook book = read(xlsx)) {
            XSSFSheet sheet = book.getSheet("Actions");
            assertEquals("No.", sheet.getRow(0).getCell(0).getStringCellValue());
            List<Integer> numbers = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                numbers.add((int) sheet.getRow(r).getCell(0).getNumericCellValue());
                assertTrue(List.of("Open", "In progress").contains(sheet.getRow(r).getCell(4).getStringCellValue()));
            }
            assertEquals(List.of(1, 2, 4), numbers, "the done action 3 is left out, numbers unchanged");
        }
    }

    @Test
    void refusesAnotherExtensionAndLeavesTheOldFileWhole() throws Exception {
        Path docx = Files.writeString(dir.resolve("acties.docx"), "oud");
        assertThrows(ExportException.class, () -> ActionWorkbook.write(docx, new byte[] {1}));
        assertEquals("oud", Files.readString(docx));
    }
}

package nl.labtafel.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook (.xlsx, POI XSSF): one sheet, by name or else the first that has anything in it. Cells
 * read as Excel shows them (dates and numbers formatted, formulas as their cached result); the row number
 * is the one in Excel's margin.
 */
public final class XlsxSource {

    private XlsxSource() {
    }

    public static SourceTable read(byte[] bytes, String sheetName) throws ImportException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                names.add(book.getSheetName(i));
            }
            Sheet sheet = pick(book, sheetName, names);
            DataFormatter formatter = new DataFormatter();
            List<SourceTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new SourceTable.Row(row.getRowNum() + 1, List.copyOf(cells)));
                }
            }
            return new SourceTable(List.copyOf(rows), sheet.getSheetName(), List.copyOf(names));
        } catch (NotOfficeXmlFileException | EmptyFileException | POIXMLException e) {
            throw new ImportException(ImportException.Kind.NOT_XLSX, -1, e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportException.Kind.UNREADABLE, -1, e, String.valueOf(e.getMessage()));
        }
    }

    private static Sheet pick(XSSFWorkbook book, String sheetName, List<String> names) throws ImportException {
        if (sheetName != null && !sheetName.isBlank()) {
            for (String name : names) {
                if (name.equalsIgnoreCase(sheetName.strip())) {
                    return book.getSheet(name);
                }
            }
            throw new ImportException(ImportException.Kind.NO_SHEET, -1, null, sheetName, String.join(", ", names));
        }
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            if (book.getSheetAt(i).getPhysicalNumberOfRows() > 0) {
                return book.getSheetAt(i);
            }
        }
        return book.getSheetAt(0);
    }
}

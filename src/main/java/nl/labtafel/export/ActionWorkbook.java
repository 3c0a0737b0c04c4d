package nl.labtafel.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.labtafel.io.AtomicFiles;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.model.ActionItem;
import nl.labtafel.model.ActionNumbers;
import nl.labtafel.model.ActionTrace;
import nl.labtafel.model.Problem;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The actions of one or more sessions as an Excel sheet (.xlsx, POI XSSF): one row per action with its
 * {@link ActionNumbers number} — the same as in the Word action list — what, who, due as a real date,
 * status, theme, session and origin. The header row is frozen and filterable; widths follow the content.
 */
public final class ActionWorkbook {
    /** Excel's own limit on a column is 255 characters wide; beyond ~60 a column is no longer readable. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    /** A session and the file name it is known by (shown in the "Sessie" column). */
    public record Source(Session session, String fileName) {
    }

    private final ExportLabels labels;

    public ActionWorkbook(Language language) {
        this.labels = new ExportLabels(language);
    }

    /** One row of the sheet: the action, its number in its own session, and the texts of the other columns. */
    public record Line(int number, ActionItem action, String theme, String session, String origin) {
    }

    /** Renders the sheet in memory; {@code openOnly} keeps the open and in-progress actions. */
    public byte[] render(List<Source> sources, boolean openOnly) {
        List<Line> lines = new ArrayList<>();
        for (Source source : sources) {
            String sessionName = sessionName(source.session(), source.fileName());
            ActionNumbers numbers = ActionNumbers.of(source.session());
            for (ActionItem action : numbers.actions()) {
                if (openOnly && (action.getStatus() == null || !action.getStatus().isOpen())) {
                    continue;
                }
                ActionTrace trace = ActionTrace.of(source.session(), action);
                lines.add(new Line(numbers.number(action).getAsInt(), action, trace.themeName(), sessionName,
                        OriginText.of(trace, labels)));
            }
        }
        return render(lines);
    }

    /** "Arbeidsmigranten LAB (24 april 2018)", or the file name for an untitled session. */
    public String sessionName(Session session, String fileName) {
        String title = SafeText.clean(session.getHeader().getTitle()).strip();
        if (title.isEmpty()) {
            title = fileName;
        }
        LocalDate date = session.getHeader().getDate();
        return date == null ? title : labels.format("xlsx.sessionName", title, labels.date(date));
    }

    /** The origin column's text for an action of a session (proef, team, post-its, earlier session). */
    public String origin(Session session, ActionItem action) {
        return OriginText.of(ActionTrace.of(session, action), labels);
    }

    /** Renders the given rows in this order (the series overview's filtered list). */
    public byte[] render(List<Line> lines) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(labels.get("xlsx.sheet"));
            Styles styles = new Styles(book, labels.get("xlsx.dateFormat"));
            List<String> header = List.of(labels.get("xlsx.number"), labels.get("column.what"),
                    labels.get("column.who"), labels.get("column.when"), labels.get("column.status"),
                    labels.get("xlsx.theme"), labels.get("xlsx.session"), labels.get("xlsx.origin"));
            int[] widths = new int[header.size()];
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                text(top, c, header.get(c), styles.header, widths);
            }
            int r = 1;
            for (Line line : lines) {
                ActionItem action = line.action();
                Row row = sheet.createRow(r++);
                Cell number = row.createCell(0);
                number.setCellValue(line.number());
                number.setCellStyle(styles.plain);
                widths[0] = Math.max(widths[0], 4);
                text(row, 1, SafeText.clean(action.getWhat()), styles.wrapped, widths);
                text(row, 2, SafeText.clean(MinutesExporter.nullToEmpty(action.getOwner())), styles.plain, widths);
                date(row, action.getDue(), styles.date, widths);
                text(row, 4, labels.status(action.getStatus()), styles.plain, widths);
                text(row, 5, SafeText.clean(line.theme()), styles.plain, widths);
                text(row, 6, SafeText.clean(line.session()), styles.plain, widths);
                text(row, 7, SafeText.clean(line.origin()), styles.wrapped, widths);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, header.size() - 1));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, header.size() - 1));
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory does not fail", e);
        }
    }

    /** Writes atomically: the old file stays whole when writing fails. */
    public static void write(Path out, byte[] xlsx) throws ExportException {
        checkTarget(out);
        try {
            AtomicFiles.write(out, xlsx, false);
        } catch (FileProblemException e) {
            throw new ExportException(e.file(), e.problems(), e);
        }
    }

    /** Refuses a name that does not end in .xlsx (Excel would not open it by a double-click). */
    public static void checkTarget(Path out) throws ExportException {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ExportException(out, new Problem("", "exportProblem.out.notXlsx"), null);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style, int[] widths) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        for (String line : value.split("\n", -1)) {
            widths[column] = Math.max(widths[column], line.length());
        }
    }

    private static void date(Row row, LocalDate due, CellStyle style, int[] widths) {
        Cell cell = row.createCell(3);
        cell.setCellStyle(style);
        if (due != null) {
            cell.setCellValue(due);
            widths[3] = Math.max(widths[3], 11);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(XSSFWorkbook book, String dateFormat) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            plain = book.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = book.createCellStyle();
            wrapped.cloneStyleFrom(plain);
            wrapped.setWrapText(true);
            date = book.createCellStyle();
            date.cloneStyleFrom(plain);
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(dateFormat));
        }
    }
}

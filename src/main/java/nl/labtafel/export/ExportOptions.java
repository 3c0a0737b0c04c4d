package nl.labtafel.export;

import java.nio.file.Path;
import nl.labtafel.text.Language;

/**
 * What the organiser chose for an export (command line now, the export dialog later).
 *
 * @param language the language of the labels and dates; null for the session's own language
 * @param inventoryAppendix an appendix with every post-it, grouped by actor group or theme, or none
 * @param canvasTables each research team's canvas as a three-column table in its subsection
 * @param boardImage a PNG of the board, placed in "Blik van vandaag, (over)morgen"; null for none
 * @param withNames include research-team members' names (personal data: left out by default)
 * @param minutesTemplate a .docx/.dotx for the minutes; null for {@code templates/notulen.docx}
 * @param actionsTemplate a .docx/.dotx for the action list; null for {@code templates/actielijst.docx}
 * @param author the organiser named as the documents' author; null or blank keeps the template's author
 * @param tableOfContents a table of contents (a Word field that Word fills on opening) below the minutes' header
 * @param actionsByDueDate actions sorted by due date (undated last) instead of in the order agreed; each keeps
 *        its number
 */
public record ExportOptions(Language language, InventoryGrouping inventoryAppendix, boolean canvasTables,
        Path boardImage, boolean withNames, Path minutesTemplate, Path actionsTemplate, String author,
        boolean tableOfContents, boolean actionsByDueDate) {

    public ExportOptions(Language language, InventoryGrouping inventoryAppendix, boolean canvasTables,
            Path boardImage, boolean withNames, Path minutesTemplate, Path actionsTemplate) {
        this(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate, actionsTemplate,
                null, false, false);
    }

    public ExportOptions {
        if (inventoryAppendix == null) {
            inventoryAppendix = InventoryGrouping.NONE;
        }
    }

    /** The session's language, no appendix, no canvas tables, no picture, no names, default templates. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, InventoryGrouping.NONE, false, null, false, null, null);
    }

    public ExportOptions withAuthor(String value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, value, tableOfContents, actionsByDueDate);
    }

    public ExportOptions withTableOfContents(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, value, actionsByDueDate);
    }

    public ExportOptions withActionsByDueDate(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, value);
    }

    public ExportOptions withLanguage(Language value) {
        return new ExportOptions(value, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate);
    }

    public ExportOptions withInventoryAppendix(InventoryGrouping value) {
        return new ExportOptions(language, value, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate);
    }

    public ExportOptions withCanvasTables(boolean value) {
        return new ExportOptions(language, inventoryAppendix, value, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate);
    }

    public ExportOptions withBoardImage(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, value, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate);
    }

    public ExportOptions includingNames(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, value, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate);
    }

    public ExportOptions withMinutesTemplate(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, value,
                actionsTemplate, author, tableOfContents, actionsByDueDate);
    }

    public ExportOptions withActionsTemplate(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                value, author, tableOfContents, actionsByDueDate);
    }
}

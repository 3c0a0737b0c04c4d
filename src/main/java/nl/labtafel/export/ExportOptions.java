package nl.labtafel.export;

import java.nio.file.Path;
import nl.labtafel.text.Language;

/**
 * What the organiser chose for an export (command line now, the export dialog later).
 *
 * @param language the language of the labels and dates; null for the session's own language
 * @param inventoryAppendix an appendix with every post-it, grouped by actor group or theme, or none
 * @param canvasTables each research team's canvas as a three-column table in its subsection
 * @param boardImage a PNG of the theme board, placed under "Thema's onderzoeksteams"; null for none
 * @param withNames include research-team members' names (personal data: left out by default)
 * @param minutesTemplate a .docx/.dotx for the minutes; null for {@code templates/notulen.docx}
 * @param actionsTemplate a .docx/.dotx for the action list; null for {@code templates/actielijst.docx}
 * @param author the organiser named as the documents' author; null or blank keeps the template's author
 * @param tableOfContents a table of contents (a Word field that Word fills on opening) below the minutes' header
 * @param actionsByDueDate actions sorted by due date (undated last) instead of in the order agreed; each keeps
 *        its number
 * @param pictures the room's pictures in the minutes, drawn by the {@link MinutesPictures} the service was given:
 *        the inventory's pages under "Blik van vandaag" and the themes under "Thema's" (a {@code boardImage}
 *        takes the themes' place)
 */
public record ExportOptions(Language language, InventoryGrouping inventoryAppendix, boolean canvasTables,
        Path boardImage, boolean withNames, Path minutesTemplate, Path actionsTemplate, String author,
        boolean tableOfContents, boolean actionsByDueDate, boolean pictures) {

    public ExportOptions(Language language, InventoryGrouping inventoryAppendix, boolean canvasTables,
            Path boardImage, boolean withNames, Path minutesTemplate, Path actionsTemplate) {
        this(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate, actionsTemplate,
                null, false, false, false);
    }

    public ExportOptions(Language language, InventoryGrouping inventoryAppendix, boolean canvasTables,
            Path boardImage, boolean withNames, Path minutesTemplate, Path actionsTemplate, String author,
            boolean tableOfContents, boolean actionsByDueDate) {
        this(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate, actionsTemplate,
                author, tableOfContents, actionsByDueDate, false);
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
                actionsTemplate, value, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions withTableOfContents(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, value, actionsByDueDate, pictures);
    }

    public ExportOptions withActionsByDueDate(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, value, pictures);
    }

    public ExportOptions withLanguage(Language value) {
        return new ExportOptions(value, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions withInventoryAppendix(InventoryGrouping value) {
        return new ExportOptions(language, value, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions withCanvasTables(boolean value) {
        return new ExportOptions(language, inventoryAppendix, value, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions withBoardImage(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, value, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions includingNames(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, value, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions withMinutesTemplate(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, value,
                actionsTemplate, author, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions withActionsTemplate(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                value, author, tableOfContents, actionsByDueDate, pictures);
    }

    public ExportOptions withPictures(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate, author, tableOfContents, actionsByDueDate, value);
    }
}

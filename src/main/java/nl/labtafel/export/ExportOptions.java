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
 */
public record ExportOptions(Language language, InventoryGrouping inventoryAppendix, boolean canvasTables,
        Path boardImage, boolean withNames, Path minutesTemplate, Path actionsTemplate) {

    public ExportOptions {
        if (inventoryAppendix == null) {
            inventoryAppendix = InventoryGrouping.NONE;
        }
    }

    /** The session's language, no appendix, no canvas tables, no picture, no names, default templates. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, InventoryGrouping.NONE, false, null, false, null, null);
    }

    public ExportOptions withLanguage(Language value) {
        return new ExportOptions(value, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate);
    }

    public ExportOptions withInventoryAppendix(InventoryGrouping value) {
        return new ExportOptions(language, value, canvasTables, boardImage, withNames, minutesTemplate,
                actionsTemplate);
    }

    public ExportOptions withCanvasTables(boolean value) {
        return new ExportOptions(language, inventoryAppendix, value, boardImage, withNames, minutesTemplate,
                actionsTemplate);
    }

    public ExportOptions withBoardImage(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, value, withNames, minutesTemplate,
                actionsTemplate);
    }

    public ExportOptions includingNames(boolean value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, value, minutesTemplate,
                actionsTemplate);
    }

    public ExportOptions withMinutesTemplate(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, value,
                actionsTemplate);
    }

    public ExportOptions withActionsTemplate(Path value) {
        return new ExportOptions(language, inventoryAppendix, canvasTables, boardImage, withNames, minutesTemplate,
                value);
    }
}

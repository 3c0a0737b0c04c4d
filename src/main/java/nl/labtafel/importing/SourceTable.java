package nl.labtafel.importing;

import java.util.List;

/**
 * The cells read from an import source, row by row, each row with the line (text files) or row number
 * (spreadsheets) a person sees in their editor, so a bad row can be named. Blank rows are left out.
 *
 * @param format what was detected, for the preview: "UTF-8 (BOM), ;" or "Blad 'Post-its'"
 * @param sheets the sheet names of a workbook (empty for text)
 */
public record SourceTable(List<Row> rows, String format, List<String> sheets) {

    public record Row(int line, List<String> cells) {
        /** The cell in this column, or "" when the row is shorter or the column is not mapped (-1). */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The widest row: how many columns the mapping can choose from. */
    public int columnCount() {
        int n = 0;
        for (Row row : rows) {
            n = Math.max(n, row.cells().size());
        }
        return n;
    }
}

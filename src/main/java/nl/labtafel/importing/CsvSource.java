package nl.labtafel.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV and TSV through Apache Commons CSV: quoted fields with delimiters, doubled quotes and newlines inside,
 * any line ending. Each row keeps the line it starts on in the file, counted as a text editor counts.
 */
public final class CsvSource {

    private CsvSource() {
    }

    /** Reads a file's bytes: encoding and delimiter detected. */
    public static SourceTable read(byte[] bytes) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        char delimiter = Delimiters.detect(decoded.text());
        return parse(decoded.text(), delimiter, decoded.encoding() + ", " + Delimiters.display(delimiter));
    }

    /** Cells pasted from a spreadsheet: tab-separated, unless the text plainly uses another delimiter. */
    public static SourceTable pasted(String text) throws ImportException {
        char delimiter = text.indexOf('\t') >= 0 ? '\t' : Delimiters.detect(text);
        return parse(text, delimiter, Delimiters.display(delimiter));
    }

    static SourceTable parse(String text, char delimiter, String format) throws ImportException {
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        int[] lineStarts = lineStarts(text);
        List<SourceTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(csv).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new SourceTable.Row(lineOf(lineStarts, (int) record.getCharacterPosition()), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException(ImportException.Kind.UNREADABLE, lineOfFailure(e), e, String.valueOf(e.getMessage()));
        }
        return new SourceTable(List.copyOf(rows), format, List.of());
    }

    /** Offsets where each line starts; "\r\n", "\n" and a lone "\r" each end a line. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** 1-based line of a character offset. */
    private static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Commons CSV names the line in its message ("(line 12)") when a quote is never closed. */
    private static int lineOfFailure(Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = Pattern.compile("line (\\d+)").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}

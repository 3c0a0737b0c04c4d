package nl.labtafel.ui.edit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;

/** Dates as the minutes write them: "24-4-2018" in Dutch, "2018-04-24" in English; not the JVM's locale. */
public final class Dates {

    private Dates() {
    }

    public static DateTimeFormatter format(Messages m) {
        return DateTimeFormatter.ofPattern(m.language() == Language.ENGLISH ? "yyyy-MM-dd" : "d-M-yyyy");
    }

    public static StringConverter<LocalDate> converter(Messages m) {
        DateTimeFormatter format = format(m);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(format);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}

package nl.labtafel.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.labtafel.model.ActionStatus;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;

/**
 * The words and dates of an export in its language, all from the resource bundle: "24 april 2018" and
 * "19.30" in Dutch, "24 April 2018" and "19:30" in English.
 */
final class ExportLabels {
    private final Language language;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    ExportLabels(Language language) {
        this.language = language;
        this.messages = Messages.forLanguage(language);
        this.dates = DateTimeFormatter.ofPattern(messages.get("word.pattern.date"), messages.locale());
        this.times = DateTimeFormatter.ofPattern(messages.get("word.pattern.time"), messages.locale());
    }

    Language language() {
        return language;
    }

    /** A fixed text (no arguments, so an apostrophe as in "Thema's" stays as written). */
    String get(String key) {
        return messages.get("word." + key);
    }

    String format(String key, Object... args) {
        return messages.format("word." + key, args);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** "d.d. 24 april 2018 19.30-21.30", shorter when times are missing; empty without a date. */
    String dateLine(SessionHeader h) {
        if (h.getDate() == null) {
            return "";
        }
        String date = date(h.getDate());
        if (h.getStartTime() != null && h.getEndTime() != null) {
            return format("dateLine.full", date, time(h.getStartTime()), time(h.getEndTime()));
        }
        if (h.getStartTime() != null) {
            return format("dateLine.start", date, time(h.getStartTime()));
        }
        return format("dateLine.date", date);
    }

    private String time(LocalTime time) {
        return times.format(time);
    }

    String status(ActionStatus status) {
        return get("status." + (status == null ? ActionStatus.OPEN : status).name());
    }

    /** "a, b en c" / "a, b and c". */
    String enumerate(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("and") + " "
                + items.get(items.size() - 1);
    }
}

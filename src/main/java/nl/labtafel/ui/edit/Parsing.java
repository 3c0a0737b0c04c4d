package nl.labtafel.ui.edit;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient readers for what a facilitator types: "19.30", "19:30", "1930"; "25". Null when unreadable. */
public final class Parsing {
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})[.:h]?(\\d{2})\\s*");

    private Parsing() {
    }

    public static LocalTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    /** Times as the minutes write them: 19.30. */
    public static String time(LocalTime time) {
        return String.format("%d.%02d", time.getHour(), time.getMinute());
    }

    public static Integer count(String text, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= 0 && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

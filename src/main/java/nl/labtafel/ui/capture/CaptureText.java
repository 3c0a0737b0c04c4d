package nl.labtafel.ui.capture;

import java.util.Arrays;
import java.util.List;
import nl.labtafel.model.SessionLimits;

/**
 * What the facilitator typed or pasted into a capture bar, judged before anything is added: nothing
 * (ignored), too long (refused with a message, the text stays in the bar), one line, or several lines
 * (one item per line, after asking).
 */
public sealed interface CaptureText {

    record Empty() implements CaptureText {
    }

    record TooLong(int length, int max) implements CaptureText {
    }

    record Line(String text) implements CaptureText {
    }

    record Lines(List<String> lines) implements CaptureText {
    }

    static CaptureText of(String raw) {
        if (raw == null) {
            return new Empty();
        }
        List<String> lines = Arrays.stream(raw.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty()) {
            return new Empty();
        }
        for (String line : lines) {
            if (line.length() > SessionLimits.SHORT_TEXT) {
                return new TooLong(line.length(), SessionLimits.SHORT_TEXT);
            }
        }
        return lines.size() == 1 ? new Line(lines.get(0)) : new Lines(lines);
    }
}

package nl.labtafel.ui.audience;

import java.util.List;

/** A calm line in the middle of an empty page ("Nog geen post-its"). */
final class Notice {

    private Notice() {
    }

    static List<Box> centred(String text, Frame frame) {
        double size = Math.round(frame.floor * 1.5);
        double w = frame.width - 4 * frame.margin;
        List<String> lines = TextWrap.lines(text, size, false, w, frame.measure());
        double h = lines.size() * frame.measure().lineHeight(size);
        return List.of(new Box(Box.Role.TEXT, 2 * frame.margin, (frame.height - h) / 2, w, h, lines, size, false, null,
                Palette.QUIET, null, false));
    }
}

package nl.labtafel.ui.audience;

import java.util.ArrayList;
import java.util.List;

/** A row of coloured chips at the foot of a page ("Inwoners 5"), wrapped onto a second row when needed. */
final class Legend {

    private Legend() {
    }

    /** @param chips text and #RRGGBB fill of each chip */
    static List<Box> boxes(List<String[]> chips, Frame frame) {
        TextMeasure measure = frame.measure();
        double size = frame.floor;
        double pad = Box.padding(size);
        double h = measure.lineHeight(size) + 2 * pad;
        double gap = Math.round(size * 0.25);
        List<List<Box>> rows = new ArrayList<>();
        List<Box> row = new ArrayList<>();
        double x = frame.margin;
        for (String[] chip : chips) {
            double w = measure.width(chip[0], size, false) * 1.04 + 2 * pad;
            if (x + w > frame.width - frame.margin && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                x = frame.margin;
            }
            w = Math.min(w, frame.width - 2 * frame.margin);
            row.add(new Box(Box.Role.HEADING, x, 0, w, h, List.of(chip[0]), size, false, chip[1],
                    Palette.inkOn(chip[1]), null, false));
            x += w + gap;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<Box> placed = new ArrayList<>();
        double y = frame.height - frame.margin * 0.5 - rows.size() * (h + gap) + gap;
        for (List<Box> r : rows) {
            for (Box b : r) {
                placed.add(b.moveTo(b.x(), y));
            }
            y += h + gap;
        }
        return placed;
    }
}

package nl.labtafel.ui.audience;

import java.util.List;

/** One screenful of the audience view: its boxes in drawing order, and the note text size it settled on. */
public record Page(double width, double height, List<Box> boxes, double textSize) {

    /** The record's meaning, written out (see {@link Box#equals}): the room compares each new page with the shown one. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Page p && Box.same(width, p.width) && Box.same(height, p.height)
                && Box.same(textSize, p.textSize) && (boxes == p.boxes || boxes.equals(p.boxes));
    }

    @Override
    public int hashCode() {
        int hash = Double.hashCode(width);
        hash = 31 * hash + Double.hashCode(height);
        hash = 31 * hash + boxes.hashCode();
        return 31 * hash + Double.hashCode(textSize);
    }
}

package nl.labtafel.ui.audience;

import java.util.List;

/** One screenful of the audience view: its boxes in drawing order, and the note text size it settled on. */
public record Page(double width, double height, List<Box> boxes, double textSize) {
}

package nl.labtafel.ui.audience;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nl.labtafel.ui.look.Styles;

/**
 * The nodes of one {@link Box} as the room sees it: a rounded face with the group's band, its lines as texts, or a
 * bar. {@link PageView} decides which boxes get new nodes and which keep theirs.
 */
final class BoxNodes {
    private final FxTextMeasure measure;

    BoxNodes(FxTextMeasure measure) {
        this.measure = measure;
    }

    /** Puts the nodes {@link #draw} made for a box of the same look (role, lines, size, colours) at this box's place, with its words. */
    static void redraw(Box b, List<Node> nodes) {
        int line = 0;
        for (Node n : nodes) {
            if (n instanceof Text t) {
                t.setText(b.lines().get(line));
                t.relocate(b.x() + b.padding(), b.y() + b.padding() + line * b.lineHeight());
                line++;
            } else if (n instanceof Region r) {
                r.resizeRelocate(b.x(), b.y(), b.w(), b.h());
            } else if (n instanceof Rectangle bar) {
                bar.setLayoutX(0); // a bar that moved before carries the move in its layout
                bar.setLayoutY(0);
                bar.setX(b.x());
                bar.setY(b.y());
                bar.setWidth(b.w());
                bar.setHeight(b.h());
            }
        }
    }

    void draw(Box b, List<Node> nodes) {
        switch (b.role()) {
            case BAR -> {
                Rectangle bar = new Rectangle(b.x(), b.y(), b.w(), b.h());
                bar.setFill(Color.web(b.fill()));
                nodes.add(bar);
                return;
            }
            case CARD, HEADING -> {
                if (b.fill() != null || b.role() == Box.Role.CARD || b.highlighted()) {
                    nodes.add(background(b));
                }
            }
            default -> { }
        }
        double lh = b.lineHeight();
        for (int i = 0; i < b.lines().size(); i++) {
            Text t = new Text(b.lines().get(i));
            t.setFont(measure.font(b.size(), b.bold()));
            t.setFill(Color.web(b.ink()));
            t.setTextOrigin(VPos.TOP);
            t.relocate(b.x() + b.padding(), b.y() + b.padding() + i * lh);
            t.setManaged(false);
            if (b.role() == Box.Role.CARD) {
                t.getStyleClass().add(PageView.CARD_TEXT);
            } else if (b.role() == Box.Role.TIMER) {
                t.getStyleClass().add(PageView.TIMER);
            } else if (b.role() == Box.Role.CLOCK) {
                t.getStyleClass().add(PageView.CLOCK);
            }
            nodes.add(t);
        }
    }

    private static Region background(Box b) {
        Region r = new Region();
        r.setManaged(false);
        r.resizeRelocate(b.x(), b.y(), b.w(), b.h());
        CornerRadii corners = new CornerRadii(Math.max(3, b.size() * 0.25));
        String fill = b.fill() == null ? Palette.GROUND : b.fill();
        boolean tintedCard = b.role() == Box.Role.CARD && Palette.tinted(b.fill());
        String face = tintedCard ? Palette.face(fill) : fill;
        r.setBackground(new Background(new BackgroundFill(Color.web(face), corners, Insets.EMPTY)));
        if (b.highlighted()) {
            r.setBorder(new Border(new BorderStroke(Color.web(Palette.INK), BorderStrokeStyle.SOLID, corners,
                    new BorderWidths(Math.max(4, b.size() * 0.22)))));
            r.getStyleClass().add(Styles.AUDIENCE_SELECTED);
        } else if (tintedCard) {
            // The group's colour as a band on the left edge only: outlines round every card made whole-page OCR
            // (our stand-in for a reader at the back) lose cards, and the eye needs no frame on a tinted face.
            r.setBorder(new Border(new BorderStroke(Color.web(fill), BorderStrokeStyle.SOLID, corners,
                    new BorderWidths(0, 0, 0, Palette.band(b.size())))));
        } else if (Palette.CARD.equals(fill)) {
            r.setBorder(new Border(new BorderStroke(Color.web(Palette.CARD_LINE), BorderStrokeStyle.SOLID, corners,
                    new BorderWidths(Math.max(1, b.size() * 0.08)))));
        }
        return r;
    }
}

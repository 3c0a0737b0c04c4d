package nl.labtafel.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.InkContrast;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;
import nl.labtafel.text.Messages;

/**
 * The theme board as a picture for the minutes: one column per theme (the unassigned last), each
 * post-it in its actor group's colour, at a page's width. Drawn with Java2D into an image, not as a
 * JavaFX snapshot, so it is made on the background executor and the window never waits for it
 * (a snapshot of a 1,000-note board held the FX thread for about 180 ms).
 */
public final class BoardPicture {
    /** About 16 cm at 300 dpi: crisp on an A4 page with margins. */
    static final int WIDTH = 1800;
    private static final int MAX_NOTES = 12;
    private static final int PAD = 20;
    private static final int GAP = 16;
    private static final Font HEADING = new Font("DejaVu Sans", Font.BOLD, 26);
    private static final Font TEXT = new Font("DejaVu Sans", Font.PLAIN, 20);

    private BoardPicture() {
    }

    private record Column(String title, List<Note> notes) {
    }

    /** Draws the picture; safe on any thread (the session must not change meanwhile: pass a copy). */
    public static BufferedImage draw(Session session, Messages m) {
        List<Column> columns = new ArrayList<>();
        for (Theme theme : session.getThemes()) {
            columns.add(new Column(theme.getName() + "  \u25CF " + theme.getVotes(), session.notesOfTheme(theme.getId())));
        }
        List<Note> unassigned = session.getNotes().stream().filter(n -> n.getThemeId() == null).toList();
        if (!unassigned.isEmpty() || columns.isEmpty()) {
            columns.add(new Column(m.get("themes.unassigned"), unassigned));
        }
        int width = (WIDTH - 2 * PAD - GAP * (columns.size() - 1)) / columns.size();
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        int height = PAD;
        for (Column column : columns) {
            height = Math.max(height, paint(null, probe.createGraphics(), session, m, column, 0, width));
        }
        BufferedImage image = new BufferedImage(WIDTH, height + PAD, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        int x = PAD;
        for (Column column : columns) {
            paint(image, g, session, m, column, x, width);
            x += width + GAP;
        }
        g.dispose();
        return image;
    }

    /** Paints one column (or only measures it when {@code image} is null); returns its bottom. */
    private static int paint(BufferedImage image, Graphics2D g, Session session, Messages m, Column column, int x,
                             int width) {
        int y = PAD;
        y = lines(image, g, HEADING, Color.BLACK, column.title(), x, y, width) + 8;
        for (Note note : column.notes().subList(0, Math.min(MAX_NOTES, column.notes().size()))) {
            Color fill = session.actorGroup(note.getActorGroupId()).map(gr -> Color.decode(gr.getColour()))
                    .orElse(Color.LIGHT_GRAY);
            List<String> wrapped = wrap(g.getFontMetrics(TEXT), note.getText(), width - 20);
            int h = wrapped.size() * g.getFontMetrics(TEXT).getHeight() + 16;
            if (image != null) {
                g.setColor(fill);
                g.fillRoundRect(x, y, width, h, 12, 12);
                lines(image, g, TEXT, ink(fill), note.getText(), x + 10, y + 8, width - 20);
            }
            y += h + 8;
        }
        if (column.notes().size() > MAX_NOTES) {
            y = lines(image, g, TEXT, Color.DARK_GRAY, m.format("exportDialog.picture.more",
                    column.notes().size() - MAX_NOTES), x, y, width);
        }
        return y;
    }

    private static int lines(BufferedImage image, Graphics2D g, Font font, Color colour, String text, int x, int y,
                             int width) {
        FontMetrics metrics = g.getFontMetrics(font);
        for (String line : wrap(metrics, text, width)) {
            if (image != null) {
                g.setFont(font);
                g.setColor(colour);
                g.drawString(line, x, y + metrics.getAscent());
            }
            y += metrics.getHeight();
        }
        return y;
    }

    /** Greedy word wrap; a word wider than the column is cut. */
    static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Black or white, as the board chooses it for this fill. */
    private static Color ink(Color fill) {
        return InkContrast.blackReadsBetter(fill.getRed() / 255.0, fill.getGreen() / 255.0, fill.getBlue() / 255.0)
                ? Color.BLACK : Color.WHITE;
    }
}

package nl.labtafel.export;

import java.awt.image.BufferedImage;
import nl.labtafel.model.Session;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;

/**
 * Who draws the minutes' pictures. The export knows no UI, so the composition root and the command line's
 * launcher hand in the audience view's own painter ({@code ui.audience.RoomPictures}): the room's inventory and
 * themes pages, laid out by the projector's layout code and painted with Java2D on the exporting (background)
 * thread. {@link #BOARD} is what an export without it gets: no inventory pages, the theme board as before.
 * <p>
 * Called with a snapshot of the session, on the export's thread; implementations must not touch a toolkit thread.
 */
public interface MinutesPictures {

    /**
     * One set of pictures, laid out already; each page is painted only when asked for, since a page's image
     * takes megabytes and a large session has dozens.
     */
    interface Pages {
        int count();

        BufferedImage draw(int index);
    }

    /** The inventory as the room saw it: every post-it by actor group, one picture per page. */
    Pages inventory(Session session, Language language);

    /** The themes as the room saw them: their post-its and insights in columns, the ranking beside them. */
    Pages themes(Session session, Language language);

    Pages NONE = pages();

    /** The pictures of an export without the audience view: only the theme board ({@link BoardPicture}). */
    MinutesPictures BOARD = new MinutesPictures() {
        @Override
        public Pages inventory(Session session, Language language) {
            return NONE;
        }

        @Override
        public Pages themes(Session session, Language language) {
            return pages(BoardPicture.draw(session, Messages.forLanguage(language)));
        }
    };

    /** Pages already drawn. */
    static Pages pages(BufferedImage... images) {
        return new Pages() {
            @Override
            public int count() {
                return images.length;
            }

            @Override
            public BufferedImage draw(int index) {
                return images[index];
            }
        };
    }
}

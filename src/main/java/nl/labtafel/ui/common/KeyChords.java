package nl.labtafel.ui.common;

import javafx.scene.input.KeyEvent;

/**
 * What a key chord means, the same way in every workspace. On Windows AltGr arrives as Ctrl+Alt: AltGr+5
 * types € on US-International, AltGr+e types é, AltGr+q types @ on a German keyboard. Such a chord types
 * a character; it is never an Alt chord (pick an actor group) nor a Ctrl shortcut.
 */
public final class KeyChords {

    private KeyChords() {
    }

    /** AltGr as Windows reports it: Ctrl and Alt held together. */
    public static boolean isAltGr(KeyEvent e) {
        return e.isControlDown() && e.isAltDown() && !e.isMetaDown();
    }

    /** Alt on its own (with or without Shift): the chord that picks an actor group or moves an item. */
    public static boolean isAltOnly(KeyEvent e) {
        return e.isAltDown() && !e.isControlDown() && !e.isMetaDown() && !e.isShortcutDown();
    }

    /** A typed key that puts a character into text: plain, with Shift, or with AltGr; never a shortcut. */
    public static boolean typesText(KeyEvent e) {
        String c = e.getCharacter();
        if (c.isEmpty() || c.equals(KeyEvent.CHAR_UNDEFINED) || Character.isISOControl(c.codePointAt(0)) || c.isBlank()) {
            return false;
        }
        return isAltGr(e) || !(e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown());
    }
}

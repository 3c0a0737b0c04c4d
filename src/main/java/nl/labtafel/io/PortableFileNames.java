package nl.labtafel.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names made from session titles that Windows, macOS and Linux all accept, so a session saved on
 * one opens on the others (a USB stick, a network share, a mail attachment): lower-case ASCII letters,
 * digits and hyphens only (which rules out {@code <>:"/\|?*}, control characters and trailing dots or
 * spaces), never one of Windows' reserved device names (CON, AUX, NUL, PRN, COM1–9, LPT1–9, with any
 * extension), and short enough for Windows' 260-character paths in a deep Documents folder. The title
 * itself stays untouched inside the file.
 */
public final class PortableFileNames {
    /** Characters of the base name, before a date, a counter and ".json". */
    public static final int MAX_BASE = 60;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com0",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt0");

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('ł', "l"), Map.entry('ø', "o"),
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('đ', "d"),
            Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('ı', "i"), Map.entry('ĳ', "ij"));

    private PortableFileNames() {
    }

    /**
     * "Arbeidsmigranten LAB" → "arbeidsmigranten-lab"; "Łódź: wonen?" → "lodz-wonen"; accents dropped,
     * at most {@link #MAX_BASE} characters; {@code fallback} when nothing is left; a reserved device
     * name gets the fallback appended ("con" → "con-sessie").
     */
    public static String fromTitle(String title, String fallback) {
        String lower = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder ascii = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            ascii.append(LATIN.getOrDefault(c, String.valueOf(c)));
        }
        String slug = ascii.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_BASE) {
            slug = slug.substring(0, MAX_BASE).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return fallback;
        }
        return isReserved(slug) ? slug + "-" + fallback : slug;
    }

    /**
     * A title as part of a readable file name ("Notulen " + title + ".docx"): case, spaces and accents
     * kept, the characters Windows forbids and control characters left out, no trailing dots or spaces,
     * at most {@code max} characters; empty when nothing is left.
     */
    public static String readable(String title, int max) {
        String clean = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\x7F\\u0085]", "").replaceAll("\\s+", " ").strip();
        if (clean.length() > max) {
            clean = clean.substring(0, max);
        }
        return clean.replaceAll("[. ]+$", "");
    }

    /** True when Windows would refuse {@code name} (or treat it as a device), whatever this system allows. */
    public static boolean isPortable(String name) {
        if (name == null || name.isEmpty() || name.length() > 255 || name.endsWith(".") || name.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 32 || "<>:\"/\\|?*".indexOf(c) >= 0) {
                return false;
            }
        }
        return !isReserved(name);
    }

    private static boolean isReserved(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
        return RESERVED.contains(stem);
    }
}

package nl.labtafel.text;

import java.util.Locale;

/**
 * The two languages of Labtafel's interface and exports. Files and settings hold the code ("nl",
 * "en"); code compares this type instead of strings.
 */
public enum Language {
    DUTCH("nl", Locale.forLanguageTag("nl")),
    ENGLISH("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** "nl" or "en", as stored in session files and settings. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** "en" gives English; anything else (null, "", "fr") gives Dutch, the default. */
    public static Language of(String code) {
        return ENGLISH.code.equals(code) ? ENGLISH : DUTCH;
    }

    /** True for exactly the codes a file or an option may hold. */
    public static boolean isCode(String code) {
        return DUTCH.code.equals(code) || ENGLISH.code.equals(code);
    }
}

package nl.labtafel.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one resource bundle of all visible text ({@code nl} default, {@code en}). */
public final class Messages {
    public static final String BUNDLE = "nl.labtafel.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "en" gives English; anything else gives Dutch, the default. */
    public static Messages forLanguage(String language) {
        return forLanguage(Language.of(language));
    }

    public static Messages forLanguage(Language language) {
        return new Messages(language.locale());
    }

    public Language language() {
        return Language.of(locale.getLanguage());
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}

package nl.labtafel.text;

import java.nio.file.Path;
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

    /**
     * Like {@link #format} with every value from outside escaped ({@link Quoted}): a file name keeps its full
     * length, a text is cut. For messages that echo what a user typed or a file held.
     */
    public String quoted(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            shown[i] = a instanceof Path p ? Quoted.file(p) : a instanceof CharSequence ? Quoted.value(a) : a;
        }
        return format(key, shown);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}

package nl.labtafel.cluster;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether a short note is Dutch or English by counting each language's function words (de, het, een /
 * the, a, and). Post-its are too short for character statistics, but nearly every one has a function word;
 * a note without any keeps the session's language.
 */
final class NoteLanguage {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final LanguageResources resources;

    NoteLanguage(LanguageResources resources) {
        this.resources = resources;
    }

    String guess(String text, String fallback) {
        int dutch = 0;
        int english = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            boolean nlStop = !resources.isContentWord("nl", word);
            boolean enStop = !resources.isContentWord("en", word);
            if (nlStop && !enStop) {
                dutch++;
            } else if (enStop && !nlStop) {
                english++;
            }
        }
        if (dutch == english) {
            return fallback;
        }
        return dutch > english ? "nl" : "en";
    }
}

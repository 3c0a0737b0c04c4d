package nl.labtafel.cluster;

import nl.labtafel.text.Language;

/**
 * What to suggest: how many themes (0 = let the suggester decide), whether notes already in a theme take part,
 * and the language of the notes ("nl", "en", or null for the session's language, guessed per note when mixed).
 */
public record SuggestOptions(int count, boolean allNotes, String language) {
    public static final int AUTOMATIC = 0;
    public static final int MAX_COUNT = 30;

    public SuggestOptions {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + MAX_COUNT);
        }
        if (language != null && !Language.isCode(language)) {
            throw new IllegalArgumentException("language " + language + " is not nl or en");
        }
    }

    /** Unassigned notes, automatic count, the session's language. */
    public static SuggestOptions defaults() {
        return new SuggestOptions(AUTOMATIC, false, null);
    }

    public SuggestOptions withCount(int newCount) {
        return new SuggestOptions(newCount, allNotes, language);
    }

    public SuggestOptions withAllNotes(boolean all) {
        return new SuggestOptions(count, all, language);
    }

    public SuggestOptions withLanguage(String newLanguage) {
        return new SuggestOptions(count, allNotes, newLanguage);
    }
}

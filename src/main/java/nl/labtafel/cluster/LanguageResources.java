package nl.labtafel.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.LoadedLanguages;
import org.carrot2.language.StopwordFilter;

/**
 * The loaded language data: Carrot2's Dutch and English components (stemmer, tokenizer, stopwords, label
 * filters) and the Dutch compound lexicon. Loading takes a few hundred milliseconds once, which is why the
 * app calls {@link ThemeSuggester#warmUp()} on a background thread at start.
 */
final class LanguageResources {
    static final String DUTCH = "Dutch";
    static final String ENGLISH = "English";

    private final LanguageComponents dutch;
    private final LanguageComponents english;
    private final CompoundSplitter compounds;

    private LanguageResources(LanguageComponents dutch, LanguageComponents english, CompoundSplitter compounds) {
        this.dutch = dutch;
        this.english = english;
        this.compounds = compounds;
    }

    static LanguageResources load() {
        try {
            LoadedLanguages loaded = LanguageComponents.loader().limitToLanguages(DUTCH, ENGLISH).load();
            return new LanguageResources(loaded.language(DUTCH), loaded.language(ENGLISH),
                    CompoundSplitter.loadDutch());
        } catch (IOException e) {
            throw new UncheckedIOException("Carrot2 language resources could not be loaded", e);
        }
    }

    /** Carrot2 components for "nl" or "en". */
    LanguageComponents components(String language) {
        return "en".equals(language) ? english : dutch;
    }

    /** True when the word is an ordinary word (not a stopword) in the given language. */
    boolean isContentWord(String language, String word) {
        return components(language).get(StopwordFilter.class).test(word);
    }

    CompoundSplitter compounds() {
        return compounds;
    }
}

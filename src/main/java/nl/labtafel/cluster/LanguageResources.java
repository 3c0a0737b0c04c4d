package nl.labtafel.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final String LABEL_STOPWORDS = "label-stopwords.txt";

    private final LanguageComponents dutch;
    private final LanguageComponents english;
    private final CompoundSplitter compounds;
    private final WordVectors vectors;
    private final DutchGloss gloss;
    private final Set<String> weakLabelWords;

    private LanguageResources(LanguageComponents dutch, LanguageComponents english, CompoundSplitter compounds,
            WordVectors vectors, DutchGloss gloss, Set<String> weakLabelWords) {
        this.dutch = dutch;
        this.english = english;
        this.compounds = compounds;
        this.vectors = vectors;
        this.gloss = gloss;
        this.weakLabelWords = weakLabelWords;
    }

    static LanguageResources load() {
        try {
            LoadedLanguages loaded = LanguageComponents.loader().limitToLanguages(DUTCH, ENGLISH).load();
            return new LanguageResources(loaded.language(DUTCH), loaded.language(ENGLISH),
                    CompoundSplitter.loadDutch(), WordVectors.load(), DutchGloss.load(), weakWords());
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

    WordVectors vectors() {
        return vectors;
    }

    DutchGloss gloss() {
        return gloss;
    }

    /** Words that never lead a theme's label (label-stopwords.txt). */
    Set<String> weakLabelWords() {
        return weakLabelWords;
    }

    private static Set<String> weakWords() throws IOException {
        try (InputStream in = LanguageResources.class.getResourceAsStream(LABEL_STOPWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LABEL_STOPWORDS);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.startsWith("#")) {
                    words.addAll(List.of(line.strip().split("\\s+")));
                }
            }
            words.remove("");
            return Set.copyOf(words);
        }
    }
}

package nl.labtafel.cluster;

import java.util.Locale;
import java.util.function.Supplier;
import nl.labtafel.model.SessionHeader;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.Stemmer;
import org.carrot2.language.StopwordFilter;

/**
 * Carrot2's components for one language of one session, with a wider stopword filter: the language's own
 * stopwords, the other language's (a Dutch session's stray "the"/"and" are no themes), and the session's
 * subject words ({@link SubjectWords}). Everything else (stemmer, tokenizer, label formatting) is Carrot2's.
 */
final class SessionComponents {
    private SessionComponents() {
    }

    static LanguageComponents of(LanguageResources res, String language, SessionHeader header) {
        LanguageComponents base = res.components(language);
        Stemmer stemmer = base.get(Stemmer.class);
        SubjectWords subject = new SubjectWords(header, res, res.components("nl").get(Stemmer.class),
                res.components("en").get(Stemmer.class));
        String otherLanguage = "en".equals(language) ? "nl" : "en";
        return base.override(StopwordFilter.class, (Supplier<StopwordFilter> original) -> () -> {
            StopwordFilter own = original.get();
            return word -> {
                String lower = word.toString().toLowerCase(Locale.ROOT);
                return own.test(word) && res.isContentWord(otherLanguage, lower) && !subject.contains(lower, stemmer);
            };
        });
    }
}

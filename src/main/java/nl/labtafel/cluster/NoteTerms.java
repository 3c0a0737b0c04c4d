package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carrot2.language.Stemmer;

/**
 * The content words of one note, in order: each with its surface form (for labels) and its stem (for counting).
 * Stopwords of both languages and the session's subject words are left out; a Dutch compound also yields its parts
 * (taalcafé → taal, café), marked so that labels never glue them into phrases.
 */
final class NoteTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}]+)*");
    private static final int MIN_LENGTH = 2;

    /** One content word: {@code position} in the note's word sequence (-1 for a compound part). */
    record Term(String surface, String stem, int position) {
        boolean isPart() {
            return position < 0;
        }
    }

    private final LanguageResources resources;
    private final String language;
    private final Stemmer stemmer;
    private final SubjectWords subject;

    NoteTerms(LanguageResources resources, String language, Stemmer stemmer, SubjectWords subject) {
        this.resources = resources;
        this.language = language;
        this.stemmer = stemmer;
        this.subject = subject;
    }

    /** Content words and compound parts of a (safe) text. */
    List<Term> of(String text) {
        List<Term> terms = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int position = 0;
        while (m.find()) {
            String surface = m.group();
            String lower = surface.toLowerCase(Locale.ROOT);
            position++;
            if (!isContent(lower)) {
                continue;
            }
            terms.add(new Term(surface, SubjectWords.stem(stemmer, lower), position));
            if ("nl".equals(language)) {
                for (String part : resources.compounds().split(lower.replace("-", ""))) {
                    if (isContent(part)) {
                        terms.add(new Term(part, SubjectWords.stem(stemmer, part), -1));
                    }
                }
            }
        }
        return terms;
    }

    /** True for a word that can carry a theme: no stopword in either language, not the session's subject. */
    boolean isContent(String lower) {
        if (lower.length() < MIN_LENGTH || lower.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return resources.isContentWord("nl", lower) && resources.isContentWord("en", lower)
                && !subject.contains(lower, stemmer);
    }
}

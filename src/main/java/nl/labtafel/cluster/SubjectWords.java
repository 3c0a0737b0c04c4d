package nl.labtafel.cluster;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.labtafel.model.SessionHeader;
import org.carrot2.language.Stemmer;

/**
 * The session's own subject words ("arbeidsmigranten", "LAB"): every note is about them, so as features they
 * only glue unrelated notes together and as labels they say nothing. They are treated as stopwords, by surface
 * form and by stem (arbeidsmigrant / arbeidsmigranten), and so are the parts of a subject compound.
 */
final class SubjectWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_LENGTH = 3;

    private final Set<String> words = new HashSet<>();
    private final Set<String> stems = new HashSet<>();

    SubjectWords(SessionHeader header, LanguageResources resources, Stemmer dutchStemmer, Stemmer englishStemmer) {
        String text = header == null ? "" : header.getTitle() + " " + header.getSubject();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (word.length() < MIN_LENGTH || !resources.isContentWord("nl", word)
                    || !resources.isContentWord("en", word)) {
                continue;
            }
            add(word, dutchStemmer, englishStemmer);
            resources.compounds().split(word).forEach(part -> add(part, dutchStemmer, englishStemmer));
        }
    }

    private void add(String word, Stemmer dutch, Stemmer english) {
        words.add(word);
        stems.add(stem(dutch, word));
        stems.add(stem(english, word));
    }

    static String stem(Stemmer stemmer, String word) {
        CharSequence stem = stemmer.stem(word);
        return stem == null ? word : stem.toString();
    }

    /** True when the (lower-case) word is one of the subject words or shares a stem with one. */
    boolean contains(String lowerCaseWord, Stemmer stemmer) {
        return words.contains(lowerCaseWord) || stems.contains(stem(stemmer, lowerCaseWord));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}

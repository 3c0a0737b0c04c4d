package nl.labtafel.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a theme with words from its own notes, in their language: the phrase of two or three adjacent content words
 * that most of its notes share ("huisbezoek wijkteam"), else its two most distinctive terms joined ("Taal en
 * werk", "Rent and deposit"), else its one most distinctive term. Distinctive is class-based TF-IDF: how many of
 * the theme's notes hold the term, times how rare it is in the session. Words that name no theme (goed, nieuw,
 * free, more: {@code label-stopwords.txt}) never lead a label.
 */
final class PhraseLabels {
    private final NoteFeatures features;
    private final String conjunction;
    private final Set<String> weakWords;

    PhraseLabels(NoteFeatures features, String conjunction, Set<String> weakWords) {
        this.features = features;
        this.conjunction = conjunction;
        this.weakWords = weakWords;
    }

    String label(List<Integer> members) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (int i : members) {
            Set<String> seen = new HashSet<>();
            for (NoteTerms.Term t : features.terms.get(i)) {
                if (seen.add(t.stem())) {
                    df.merge(t.stem(), 1, Integer::sum);
                }
                surfaces.computeIfAbsent(t.stem(), k -> new HashMap<>()).merge(form(t.surface()), 1, Integer::sum);
            }
        }
        Map<String, Double> score = new LinkedHashMap<>();
        df.forEach((stem, d) -> score.put(stem, d * features.idf.getOrDefault(stem, 1.0)
                * (weak(stem, surfaces) ? 0.3 : 1.0)));
        String phrase = phrase(members, score);
        if (phrase != null) {
            return capitalised(phrase);
        }
        List<String> ranked = score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        if (ranked.isEmpty()) {
            return "";
        }
        String first = surface(ranked.get(0), surfaces);
        if (ranked.size() > 1 && df.get(ranked.get(1)) >= 2 || ranked.size() > 1 && weak(ranked.get(0), surfaces)) {
            return capitalised(first + " " + conjunction + " " + surface(ranked.get(1), surfaces));
        }
        return capitalised(first);
    }

    /** The best run of 2-3 adjacent content words found in at least two of the notes, or null. */
    private String phrase(List<Integer> members, Map<String, Double> score) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        for (int i : members) {
            List<NoteTerms.Term> words = features.terms.get(i).stream().filter(t -> !t.isPart()).toList();
            Set<String> seen = new HashSet<>();
            for (int start = 0; start < words.size(); start++) {
                for (int len = 2; len <= 3 && start + len <= words.size(); len++) {
                    List<NoteTerms.Term> run = words.subList(start, start + len);
                    if (run.get(len - 1).position() - run.get(0).position() != len - 1) {
                        break;
                    }
                    String key = String.join(" ", run.stream().map(NoteTerms.Term::stem).toList());
                    if (seen.add(key)) {
                        count.merge(key, 1, Integer::sum);
                        text.putIfAbsent(key, String.join(" ", run.stream().map(t -> form(t.surface())).toList()));
                    }
                }
            }
        }
        String best = null;
        double top = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() < 2 || e.getValue() * 3 < members.size()) {
                continue;
            }
            String[] stems = e.getKey().split(" ");
            if (weakWords.contains(text.get(e.getKey()).split(" ")[stems.length - 1])) {
                continue;
            }
            double s = 0;
            for (String stem : stems) {
                s += score.getOrDefault(stem, 0.0);
            }
            if (s > top || s == top && best != null && e.getKey().compareTo(best) < 0) {
                top = s;
                best = e.getKey();
            }
        }
        return best == null ? null : text.get(best);
    }

    private boolean weak(String stem, Map<String, Map<String, Integer>> surfaces) {
        return weakWords.contains(surface(stem, surfaces).toLowerCase(Locale.ROOT));
    }

    /** The commonest form of a stem among the theme's notes. */
    private static String surface(String stem, Map<String, Map<String, Integer>> surfaces) {
        return surfaces.get(stem).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(stem);
    }

    /** Lower case, except abbreviations (BOA, GP, ESOL), which stay as written. */
    private static String form(String surface) {
        boolean abbreviation = surface.length() > 1 && surface.chars().filter(Character::isLetter)
                .allMatch(Character::isUpperCase);
        return abbreviation ? surface : surface.toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String label) {
        if (label.isEmpty()) {
            return label;
        }
        int first = label.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + label.substring(Character.charCount(first));
    }
}

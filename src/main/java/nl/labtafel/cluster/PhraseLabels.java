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
        Set<String> wholeWords = new HashSet<>();
        Map<String, Set<String>> parents = new HashMap<>(); // a compound part's stem → the words it was part of
        for (int i : members) {
            String parent = "";
            Set<String> seen = new HashSet<>();
            for (NoteTerms.Term t : features.terms.get(i)) {
                if (seen.add(t.stem())) {
                    df.merge(t.stem(), 1, Integer::sum);
                }
                surfaces.computeIfAbsent(t.stem(), k -> new HashMap<>()).merge(form(t.surface()), 1, Integer::sum);
                if (!t.isPart()) {
                    wholeWords.add(t.stem());
                    parent = t.stem();
                } else {
                    parents.computeIfAbsent(t.stem(), k -> new HashSet<>()).add(parent);
                }
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
                .filter(e -> nameable(e.getKey(), surfaces, wholeWords, parents))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        if (ranked.isEmpty()) {
            return "";
        }
        String first = ranked.stream().filter(t -> !weak(t, surfaces)).findFirst().orElse(ranked.get(0));
        String firstText = surface(first, surfaces);
        for (String second : ranked) {
            String secondText = surface(second, surfaces);
            if (!second.equals(first) && !weak(second, surfaces) && !overlap(firstText, secondText)) {
                return capitalised(firstText + " " + conjunction + " " + secondText);
            }
        }
        String neighbour = neighbour(members, first);
        return capitalised(neighbour != null ? neighbour : firstText);
    }

    /**
     * Whether a term may name a theme: letters only and at least three of them, or an abbreviation (22u and 2nd
     * were labels once); a part of a compound only when it joins two different words (taal in taalcafé and
     * taallessen; ballen from voetballen, and lantaarn en palen from lantaarnpalen, were labels once).
     */
    private static boolean nameable(String stem, Map<String, Map<String, Integer>> surfaces, Set<String> wholeWords,
            Map<String, Set<String>> parents) {
        String text = surface(stem, surfaces);
        boolean word = text.length() >= 3 && text.chars().allMatch(Character::isLetter) || isAbbreviation(text);
        return word && (wholeWords.contains(stem) || parents.getOrDefault(stem, Set.of()).size() >= 2);
    }

    /** kind and kinderen, label and energielabel: one names the other, so together they say one thing twice. */
    private static boolean overlap(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x) || x.length() >= 4 && y.length() >= 4 && x.regionMatches(0, y, 0, 4);
    }

    /** The term with the content word beside it in one of the notes (the commonest such pair), or null. */
    private String neighbour(List<Integer> members, String stem) {
        Map<String, Integer> count = new HashMap<>();
        for (int i : members) {
            List<NoteTerms.Term> words = features.terms.get(i).stream().filter(t -> !t.isPart()).toList();
            for (int j = 0; j + 1 < words.size(); j++) {
                NoteTerms.Term a = words.get(j);
                NoteTerms.Term b = words.get(j + 1);
                if ((a.stem().equals(stem) || b.stem().equals(stem)) && !a.stem().equals(b.stem())
                        && b.position() - a.position() == 1) {
                    count.merge(form(a.surface()) + " " + form(b.surface()), 1, Integer::sum);
                }
            }
        }
        return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
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
        String word = surface(stem, surfaces).toLowerCase(Locale.ROOT);
        return weakWords.contains(word) || englishParticiple(word);
    }

    /**
     * shared, needed, closed: an English past participle describes a theme's notes rather than names them ("Shared
     * and building" in round 4). Not -eed (speed, seed) and not short words (bed, red).
     */
    private boolean englishParticiple(String word) {
        return "and".equals(conjunction) && word.length() >= 6 && word.endsWith("ed") && !word.endsWith("eed");
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
        return isAbbreviation(surface) ? surface : surface.toLowerCase(Locale.ROOT);
    }

    private static boolean isAbbreviation(String surface) {
        return surface.length() > 1 && surface.chars().allMatch(Character::isLetter)
                && surface.chars().allMatch(Character::isUpperCase);
    }

    private static String capitalised(String label) {
        if (label.isEmpty()) {
            return label;
        }
        int first = label.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + label.substring(Character.charCount(first));
    }
}

package nl.labtafel.cluster;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.labtafel.model.Note;

/**
 * The variants measured in issue 17's second round, on the tuning sessions (add "heldout" to see the others; nothing
 * was chosen on them). Besides ARI and NMI it prints MAP: for each note, the mean average precision of its own
 * theme's notes when all notes are ranked by similarity. MAP judges the similarity itself, over every pair, and is
 * far steadier than one clustering's ARI, which moved by ±0.05 for changes too small to matter (4-bit against 8-bit
 * vectors, 192 against 256 dimensions). Not a test; run from the project directory:
 * {@code java -Xss8m -cp target/classes:target/test-classes:$(cat target/cp.txt) nl.labtafel.cluster.VariantSweep
 * weights|mw|pcs|clust|range|gloss|ksweep|sentence|coverage [tuning|heldout|all]}. What it found (tuning, nl / en):
 * <ul>
 * <li>weights: sqrt(IDF) (shipped) MAP 0.474 / 0.509; IDF 0.472 / 0.502; equal 0.475 / 0.516; SIF a/(a+p(w)), p from
 * the word's BERT vocabulary rank, a = 1e-4 … 1e-2: 0.462-0.477 / 0.517-0.531, ARI no better (nl 0.17-0.26).</li>
 * <li>pcs: removing 1-3 principal components after centring: ARI 0.08 / 0.06 and lower. Centring is enough.</li>
 * <li>mw (meaning share 0.5-1.0): 0.7 (shipped) or 0.8 best; 1.0 nl 0.190 / en 0.303.</li>
 * <li>clust: spectral nl 0.164 / en 0.381 against linkage 0.254 / 0.332; kernel k-means from the linkage cut changes
 * nothing; Ward's linkage nl 0.113 / en 0.222 (ksweep 0.172 / 0.179 against 0.250 / 0.252); density in the
 * manner of HDBSCAN (mutual reachability, single linkage) 0.004 / -0.008, one chain swallows the session; the
 * true theme count instead of the silhouette's nl 0.246 / en 0.348: the count is not what is missing.
 * Second-order similarity (rows' correlation mixed in): MAP +0.01, ARI lower.</li>
 * <li>range: themes of 5-8 notes on average (shipped) against 3-8, 4-10, 5-10, 6-8, 5-7, 3-12: none better on both.</li>
 * <li>gloss: a long word with one letter wrong read as the word meant: MAP nl 0.471 → 0.488, ksweep (mean ARI over
 * the true count -2 … +2) 0.214 → 0.250: ships. Verb forms (organiseert → organiseren) and splitting unknown words
 * into two glossed words lowered Dutch MAP (0.467 and 0.449; jongeren became jong + eren, "honour"). A hand-written
 * gloss of 90 common words FreeDict lacks (wijk, tijd, vrijwilliger): MAP +0.012 but ksweep 0.250 → 0.210: not
 * shipped.</li>
 * <li>-Dsoft=true ({@link SoftMatch}): notes compared word by word (each word's best match in the other note, both
 * ways) instead of by mean vectors: MAP 0.486 / 0.515 (mean vectors 0.488 / 0.517), ARI 0.082 / 0.150, ksweep
 * 0.092 / 0.162: much worse clusters, and O(words²) per pair.</li>
 * <li>sentence: the whole all-MiniLM-L6-v2 model, MAP nl 0.403 / en 0.593 (shipped word vectors 0.474 / 0.509).</li>
 * </ul>
 * Round 3 ({@code -Dnm=true} measures with NoteMeaning itself; Dutch, tuning ARI / MAP / ksweep mean, held-out the
 * same): shipped 0.298 / 0.489 / 0.250, held out 0.105 / 0.386 / 0.098.
 * <ul>
 * <li>oracle count (EvaluationReport, true count): held out nl 0.105, en 0.180 (automatic 0.105, 0.186); the count
 * is not what is missing, on held-out sessions either.</li>
 * <li>gloss: 1,556 FreeDict headwords are spelt with the ligature ĳ (wijk, vrijwilliger, bedrijf, tijd) and were
 * never found; coverage of Dutch content words 78.8 → 81.9 %, but MAP 0.488 / held out 0.376, ARI 0.227 / 0.047:
 * not shipped. With it, only the first sense: MAP 0.463 / 0.380; at most two English words: 0.490 / 0.386 (ksweep
 * 0.254 / 0.086); both: 0.464 / 0.373. GlossShow prints what each note becomes: many glosses are wrong senses
 * (kinderen → hinder, planning → anxiety, talen → amount), which no rule here repaired.</li>
 * <li>sense chosen by context (each English candidate weighed by its cosine to the note's and the session's mean,
 * hard or softmax): MAP 0.476 / 0.487, ksweep 0.141 both: worse.</li>
 * <li>compound head (a compound's last part weighs most, the others ×0.5 / ×0.25): MAP 0.475 / 0.460: worse; the
 * modifier (energie-, huur-, mantelzorg-) carries the theme as often as the head.</li>
 * <li>louvain ({@link GraphCommunities}, -Dknn -Dres -Dmutual): English tuning ARI 0.32-0.37 for every setting with
 * 4-6 neighbours and resolution 1.3-1.7 (tree 0.319), held out 0.20-0.24 (0.186): ships for English. Dutch tuning
 * 0.13-0.24 against 0.298: not for Dutch (held out it scored 0.14-0.18, which chose nothing).</li>
 * </ul>
 * Round 4 ({@code -Dnm=true -Dgloss=dictionary|core|both}: which Dutch word lists NoteMeaning reads; Dutch tuning ARI /
 * MAP / ksweep, typo tolerance still on): FreeDict with its ĳ words found 0.227 / 0.488 / 0.197; Labtafel's own gloss alone 0.164 / 0.504 /
 * 0.143; both, own first, 0.169 / 0.502 / 0.169, and 0.223 / 0.511 / 0.207 once light verbs (gaan, krijgen, vinden)
 * carry no meaning (shipped). Leaving out the own list's verbs (0.219 / 0.516), adjectives (0.188 / 0.501) or general
 * nouns (0.123 / 0.487) was no better on clusters. Louvain for Dutch with both lists: 0.24-0.27 for every setting
 * with 4-8 neighbours and resolution 1.0-2.0 (tree 0.223); GlossCompare gives the steadier mean over 20 draws.
 */
final class VariantSweep {
    static LanguageResources res;
    static EvaluationSet set;
    static Map<String, Integer> rank = new HashMap<>();
    static boolean args2;
    static WordVectors vectors;
    static NoteFeatures.MeaningSource sentence;

    enum Weight { SQRT_IDF, IDF, ONE, SIF, SIF_SQRT_IDF }

    enum Clust { AVG, SPECTRAL, KMEANS, WARD, DENSITY, LOUVAIN }

    record V(String name, Weight weight, double sifA, boolean gloss2, double mw, boolean centre, int pcs,
            Clust clust, int fewest, int most, boolean trueCount) {
        V with(String n, Function<V, V> f) {
            V v = f.apply(this);
            return new V(n, v.weight, v.sifA, v.gloss2, v.mw, v.centre, v.pcs, v.clust, v.fewest, v.most, v.trueCount);
        }
    }

    static final V BASE = new V("base", Weight.SQRT_IDF, 1e-3, false, 0.7, true, 0, Clust.AVG, 5, 8, false);

    public static void main(String[] args) throws Exception {
        res = LanguageResources.load();
        set = EvaluationSet.load();
        loadRank();
        if (Boolean.getBoolean("nm")) {
            // -Dgloss=core|dictionary|both (default both, shipped): which Dutch word lists NoteMeaning reads
            String g = System.getProperty("gloss", "both");
            sentence = new NoteMeaning(res.vectors(), DutchGloss.load(!g.equals("dictionary"), !g.equals("core")));
        }
        String what = args.length > 0 ? args[0] : "coverage";
        String which = args.length > 1 ? args[1] : "tuning";
        List<EvaluationSet.LabelledSession> sessions = which.equals("heldout") ? set.heldOut()
                : which.equals("all") ? set.sessions() : set.tuning();
        List<V> vs = new ArrayList<>();
        vs.add(BASE);
        switch (what) {
            case "coverage" -> {
                args2 = args.length > 1;
                SweepMeasures.coverage(res, set, args2);
                return;
            }
            case "base" -> {
            }
            case "louvain" -> vs.add(BASE.with("louvain", v -> new V("", v.weight, v.sifA, v.gloss2, v.mw, v.centre,
                    v.pcs, Clust.LOUVAIN, v.fewest, v.most, false)));
            case "weights" -> {
                for (Weight w : Weight.values()) {
                    vs.add(new V(w.name(), w, 1e-3, false, 0.7, true, 0, Clust.AVG, 5, 8, false));
                }
                for (double a : new double[] {1e-4, 3e-4, 3e-3, 1e-2}) {
                    vs.add(new V("SIF a=" + a, Weight.SIF, a, false, 0.7, true, 0, Clust.AVG, 5, 8, false));
                }
            }
            case "gloss" -> {
                vs.add(BASE.with("gloss2", v -> new V("", v.weight, v.sifA, true, v.mw, v.centre, v.pcs, v.clust,
                        v.fewest, v.most, false)));
                vs.add(BASE.with("gloss2 spectral", v -> new V("", v.weight, v.sifA, true, v.mw, v.centre, v.pcs,
                        Clust.SPECTRAL, v.fewest, v.most, false)));
            }
            case "ksweep" -> {
                V g = BASE.with("gloss2 true", v -> new V("", v.weight, v.sifA, !Boolean.getBoolean("exact"), v.mw, v.centre, v.pcs, Clust.valueOf(System.getProperty("clust", "AVG")),
                        v.fewest, v.most, true));
                for (String lang : List.of("nl", "en")) {
                    double sum = 0;
                    StringBuilder line = new StringBuilder();
                    for (int off = -2; off <= 2; off++) {
                        kOffset = off;
                        String sc = score(g, sessions, lang);
                        line.append(sc, 4, 9).append(' ');
                        sum += Double.parseDouble(sc.substring(4, 9));
                    }
                    System.out.printf("%s k-2..k+2 ARI %s mean %.3f%n", lang, line, sum / 5);
                }
                return;
            }
            case "sentence" -> {
                sentence = new SentenceModelMeaning(res.gloss());
                for (double m : new double[] {0.0, 0.7, 1.0}) {
                    vs.add(BASE.with("sentence mw " + m, v -> new V("", v.weight, v.sifA, v.gloss2, m, v.centre, v.pcs, v.clust,
                            v.fewest, v.most, false)));
                }
            }
            case "pcs" -> {
                for (int p = 1; p <= 3; p++) {
                    int pp = p;
                    vs.add(BASE.with("pcs " + p, v -> new V("", v.weight, v.sifA, v.gloss2, v.mw, v.centre, pp, v.clust,
                            v.fewest, v.most, false)));
                }
            }
            case "mw" -> {
                for (double m : new double[] {0.5, 0.6, 0.8, 0.9, 1.0}) {
                    vs.add(BASE.with("mw " + m, v -> new V("", v.weight, v.sifA, v.gloss2, m, v.centre, v.pcs, v.clust,
                            v.fewest, v.most, false)));
                }
            }
            case "clust" -> {
                for (Clust c : Clust.values()) {
                    vs.add(BASE.with("clust " + c, v -> new V("", v.weight, v.sifA, v.gloss2, v.mw, v.centre, v.pcs, c,
                            v.fewest, v.most, false)));
                    vs.add(BASE.with("clust " + c + " true", v -> new V("", v.weight, v.sifA, v.gloss2, v.mw, v.centre,
                            v.pcs, c, v.fewest, v.most, true)));
                }
            }
            case "range" -> {
                for (int[] r : new int[][] {{3, 8}, {4, 8}, {4, 10}, {5, 10}, {6, 8}, {5, 7}, {3, 12}}) {
                    vs.add(BASE.with("range " + r[0] + "-" + r[1], v -> new V("", v.weight, v.sifA, v.gloss2, v.mw,
                            v.centre, v.pcs, v.clust, r[0], r[1], false)));
                }
            }
            default -> throw new IllegalArgumentException(what);
        }
        for (V v : vs) {
            System.out.printf("%-24s nl %s | en %s%n", v.name(), score(v, sessions, "nl"), score(v, sessions, "en"));
        }
    }

    static double[][] lastS;
    static int kOffset;
    static double beta = Double.parseDouble(System.getProperty("beta", "0"));

    static String score(V v, List<EvaluationSet.LabelledSession> sessions, String lang) {
        double ari = 0;
        double nmi = 0;
        double mapSum = 0;
        int notes = 0;
        for (EvaluationSet.LabelledSession ls : sessions) {
            if (!ls.language().equals(lang)) {
                continue;
            }
            Map<String, String> predicted = run(v, ls);
            int n = ls.truth().size();
            ari += ClusterScores.adjustedRand(ls.truth(), predicted) * n;
            nmi += ClusterScores.nmi(ls.truth(), predicted) * n;
            mapSum += SweepMeasures.map(lastS, ls.session().getNotes().stream().map(x -> ls.truth().get(x.getId())).toList()) * n;
            notes += n;
        }
        return String.format("ARI %.3f NMI %.3f MAP %.3f", ari / notes, nmi / notes, mapSum / notes);
    }

    static Map<String, String> run(V v, EvaluationSet.LabelledSession ls) {
        List<Note> notes = ls.session().getNotes();
        List<String> texts = notes.stream().map(n -> SafeText.of(n.getText())).toList();
        String lang = ls.language();
        NoteTerms analysis = ThemeSuggester.analysis(res, lang, ls.session().getHeader());
        NoteFeatures f = NoteFeatures.of(texts, analysis, lang, sentence != null ? sentence
                : (t, terms, l, idf) -> meanings(v, terms, l, idf), v.centre());
        if (v.pcs() > 0) {
            SweepMeasures.removePcs(f.meaning, v.pcs());
        }
        double[][] s = Boolean.getBoolean("soft") ? SoftMatch.similarity(v, f, lang, v.mw()) : f.similarity(v.mw());
        if (beta > 0) {
            s = SweepMeasures.secondOrder(s, beta);
        }
        lastS = s;
        int n = texts.size();
        int k;
        int[] label;
        if (v.trueCount()) {
            k = new HashSet<>(ls.truth().values()).size() + kOffset;
        } else {
            k = -1;
        }
        switch (v.clust()) {
            case AVG -> {
                List<AverageLinkage.Merge> merges = AverageLinkage.merges(s);
                if (k < 0) {
                    k = SweepMeasures.silhouetteK(s, merges, v.fewest(), v.most());
                }
                label = AverageLinkage.cut(n, merges, k);
            }
            case SPECTRAL -> {
                label = SweepClusterers.cluster(s, k, v.fewest(), v.most());
            }
            case WARD -> label = SweepClusterers.ward(s, k, v.fewest(), v.most());
            case DENSITY -> label = SweepClusterers.density(s, k, v.fewest(), v.most(), 3);
            case LOUVAIN -> label = GraphCommunities.of(s, Integer.getInteger("knn", 5), Boolean.getBoolean("mutual"),
                    Double.parseDouble(System.getProperty("res", "1")));
            default -> {
                label = SweepClusterers.kmeansOnSimilarity(s, k, v.fewest(), v.most());
            }
        }
        Map<String, String> predicted = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            predicted.put(notes.get(i).getId(), "c" + label[i]);
        }
        return predicted;
    }

    static List<float[]> meanings(V v, List<List<NoteTerms.Term>> terms, String language, Map<String, Double> idf) {
        List<float[]> out = new ArrayList<>();
        for (List<NoteTerms.Term> t : terms) {
            out.add(meaning(v, t, language, idf));
        }
        return out;
    }

    static float[] meaning(V v, List<NoteTerms.Term> terms, String language, Map<String, Double> idf) {
        WordVectors vectors = VariantSweep.vectors != null ? VariantSweep.vectors : res.vectors();
        float[] sum = new float[vectors.dimensions()];
        boolean any = false;
        boolean lastWordKnown = false;
        for (NoteTerms.Term term : terms) {
            if (term.isPart() && lastWordKnown) {
                continue;
            }
            double idfw = idf.getOrDefault(term.stem(), 1.0);
            String word = term.surface().toLowerCase(Locale.ROOT);
            String[] english = "nl".equals(language) ? glossOf(v, word) : new String[] {word};
            if (english.length == 0) {
                english = new String[] {word};
            }
            boolean known = false;
            for (String e : english) {
                float[] vec = vectors.get(e);
                if (vec == null && e.endsWith("s") && e.length() > 3) {
                    e = e.substring(0, e.length() - 1);
                    vec = vectors.get(e);
                }
                if (vec == null) {
                    continue;
                }
                double w = switch (v.weight()) {
                    case SQRT_IDF -> Math.sqrt(idfw);
                    case IDF -> idfw;
                    case ONE -> 1;
                    case SIF -> sif(v.sifA(), e);
                    case SIF_SQRT_IDF -> sif(v.sifA(), e) * Math.sqrt(idfw);
                };
                w /= english.length;
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += (float) (vec[i] * w);
                }
                known = true;
            }
            if (!term.isPart()) {
                lastWordKnown = known;
            }
            any |= known;
        }
        return any ? NoteMeaning.normalized(sum) : null;
    }

    /** SIF weight with p(w) from the word's BERT vocabulary rank (Zipf: p = 0.1 / rank). */
    static double sif(double a, String word) {
        Integer r = rank.get(word);
        double p = r == null ? 1e-7 : 0.1 / r;
        return a / (a + p);
    }

    static String[] glossOf(V v, String word) {
        return v.gloss2() ? res.gloss().ofOrNear(word) : res.gloss().of(word);
    }

    static void loadRank() throws Exception {
        try (InputStream in = VariantSweep.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"([a-z]{2,})\":\\s*(\\d+)").matcher(json);
            while (m.find()) {
                int id = Integer.parseInt(m.group(2));
                rank.putIfAbsent(m.group(1), Math.max(1, id - 1990));
            }
        }
    }
}

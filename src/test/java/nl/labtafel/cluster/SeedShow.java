package nl.labtafel.cluster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/** Prints each algorithm's proposals for the seed beside the room's themes; not a test. */
final class SeedShow {
    private SeedShow() {
    }

    public static void main(String[] args) throws Exception {
        Session seed = new SessionStore().load(Path.of("sessions/arbeidsmigranten-lab-2018-04-24.json"));
        Map<String, String> truth = new HashMap<>();
        for (Note n : seed.getNotes()) {
            truth.put(n.getId(), n.getThemeId() == null ? "none-" + n.getId() : seed.theme(n.getThemeId()).orElseThrow().getName());
        }
        for (Algorithm a : new Algorithm[] {Algorithm.MEANING_AND_WORDS, Algorithm.MEANING, Algorithm.LINGO_THEN_PLACED, Algorithm.LINGO}) {
            for (int count : new int[] {0, 3}) {
                var proposals = new ThemeSuggester(a).suggest(seed, SuggestOptions.defaults().withAllNotes(true).withCount(count));
                System.out.printf("%s count %d ARI %.3f%n", a, count, ClusterScores.adjustedRand(truth, ClusterScores.predicted(proposals)));
                if (args.length > 0 && a.name().equals(args[0])) {
                    for (ThemeProposal p : proposals) {
                        System.out.println("== " + p.label());
                        p.noteIds().forEach(id -> System.out.println("   " + truth.get(id).substring(0, 12) + "\t" + seed.note(id).orElseThrow().getText()));
                    }
                }
            }
        }
    }
}

package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts notes into groups that already exist: each note goes to the group whose members it is, on average, most
 * similar to, when that similarity clears {@code threshold}. Far easier than finding themes from nothing (measured
 * on the evaluation set: see LeftoverPlacementTest), so the suggester uses it twice: for the notes a facilitator has
 * not yet put in a theme, and for the notes Lingo's precise but timid clusters left over.
 */
final class Placement {
    /** The best group for a note ({@code -1} for none) and the mean similarity to its members. */
    record Fit(int note, int group, double score) {
    }

    private Placement() {
    }

    /**
     * @param groups member indexes per group, into {@code similarity}
     * @param notes the indexes to place
     */
    static List<Fit> fits(double[][] similarity, List<List<Integer>> groups, List<Integer> notes) {
        int[] noNames = new int[groups.size()];
        java.util.Arrays.fill(noNames, -1);
        return fits(similarity, groups, noNames, 0, notes);
    }

    /**
     * The same, with each group's name as evidence too: a group's score is {@code nameShare} of the note's
     * similarity to the name and the rest its mean similarity to the members; a group without members scores by
     * its name alone, one without a name by its members alone, one with neither not at all.
     *
     * @param names per group the index of its name in {@code similarity}, or -1
     */
    static List<Fit> fits(double[][] similarity, List<List<Integer>> groups, int[] names, double nameShare,
            List<Integer> notes) {
        List<Fit> fits = new ArrayList<>();
        for (int i : notes) {
            int best = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < groups.size(); g++) {
                double sum = 0;
                int count = 0;
                for (int j : groups.get(g)) {
                    if (j != i) {
                        sum += similarity[i][j];
                        count++;
                    }
                }
                double score;
                if (names[g] < 0) {
                    score = count > 0 ? sum / count : Double.NEGATIVE_INFINITY;
                } else {
                    double name = similarity[i][names[g]];
                    score = count > 0 ? nameShare * name + (1 - nameShare) * sum / count : name;
                }
                if (score > top) {
                    top = score;
                    best = g;
                }
            }
            fits.add(new Fit(i, best, best < 0 ? 0 : top));
        }
        return fits;
    }
}

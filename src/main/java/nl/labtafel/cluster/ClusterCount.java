package nl.labtafel.cluster;

import java.util.List;

/**
 * Where to cut the tree of merges: the number of themes. {@link Rule#SILHOUETTE} takes the cut whose notes sit
 * closest to their own theme and farthest from the next (Rousseeuw's silhouette, singletons count 0);
 * {@link Rule#GAP} cuts at the largest drop in merge similarity; {@link Rule#EXPECTED} assumes about six notes per
 * theme, the LAB's own rhythm. ThemeSuggesterEvaluationTest measures all three.
 */
final class ClusterCount {
    enum Rule { SILHOUETTE, GAP, EXPECTED }

    private ClusterCount() {
    }

    /**
     * The silhouette chooses among counts that give themes of 5 to 8 notes on average, the LAB's rhythm (seed: 31
     * notes, 3 themes of 6-12 after a night's discussion; evaluation sessions 4-7). Unbounded (3-12 notes) it chose
     * many small themes: tuning sessions ARI 0.269 against 0.309 bounded.
     */
    static final int FEWEST_NOTES = 5;
    static final int MOST_NOTES = 8;

    /** The range of counts worth trying for n notes. */
    static int min(int n) {
        return Math.max(2, Math.min(Math.min(n - 1, SuggestOptions.MAX_COUNT), (int) Math.ceil(n / (double) MOST_NOTES)));
    }

    static int max(int n) {
        return Math.max(min(n), Math.min(SuggestOptions.MAX_COUNT, n / FEWEST_NOTES));
    }

    static int choose(Rule rule, double[][] similarity, List<AverageLinkage.Merge> merges) {
        int n = similarity.length;
        if (n < 4) {
            return 1;
        }
        return switch (rule) {
            case EXPECTED -> Math.max(min(n), Math.min(max(n), AutomaticCount.of(n)));
            case GAP -> gap(n, merges);
            case SILHOUETTE -> silhouette(similarity, merges);
        };
    }

    private static int gap(int n, List<AverageLinkage.Merge> merges) {
        int best = min(n);
        double widest = Double.NEGATIVE_INFINITY;
        for (int k = min(n); k <= max(n); k++) {
            // Going from k to k-1 clusters is merge n-k; the drop against the merge before says how forced it was.
            double drop = merges.get(n - k - 1).similarity() - merges.get(n - k).similarity();
            if (drop > widest) {
                widest = drop;
                best = k;
            }
        }
        return best;
    }

    private static int silhouette(double[][] s, List<AverageLinkage.Merge> merges) {
        int n = s.length;
        int best = min(n);
        double top = Double.NEGATIVE_INFINITY;
        for (int k = min(n); k <= max(n); k++) {
            double score = silhouette(s, AverageLinkage.cut(n, merges, k), k);
            if (score > top) {
                top = score;
                best = k;
            }
        }
        return best;
    }

    /** Mean silhouette of a labelling, with distance 1 - similarity. */
    static double silhouette(double[][] s, int[] label, int k) {
        int n = s.length;
        int[] size = new int[k];
        for (int l : label) {
            size[l]++;
        }
        double total = 0;
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) {
            if (size[label[i]] == 1) {
                continue;
            }
            java.util.Arrays.fill(sum, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[label[j]] += 1 - s[i][j];
                }
            }
            double a = sum[label[i]] / (size[label[i]] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != label[i] && size[c] > 0) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            total += b == Double.POSITIVE_INFINITY ? 0 : (b - a) / Math.max(a, b);
        }
        return total / n;
    }
}

package nl.labtafel.cluster;

/**
 * Lends each note some of its nearest neighbours' view of the others: a post-it is a few words, so two notes on one
 * theme often share no word and no close meaning directly, but their neighbours do. The similarity of i and j becomes
 * {@code (1 - SHARE) * s[i][j] + SHARE * mean over i's NEIGHBOURS nearest notes m of s[m][j]}, made symmetric again.
 *
 * <p>Chosen in issue 17 round 5 on the tuning sessions only (mean over 30 draws of 80 % of each session's notes,
 * ThemeSweep): with equal word weights ARI 0.278 without, 0.296-0.302 for a share of 0.1-0.3 and 5-10 neighbours
 * (Dutch 0.257 → 0.261, English 0.302 → 0.347); a share of 0.5 or more, or 20 neighbours, lost again. Unlike the
 * second-order cosine of whole rows that round 2 measured (VariantSweep), only a few near notes speak, and the note's
 * own similarity keeps most of the weight.
 */
final class NeighbourSmoothing {
    static final double SHARE = 0.25;
    static final int NEIGHBOURS = 8;

    private NeighbourSmoothing() {
    }

    /** A new matrix; {@code s} is left as it was. O(n² · NEIGHBOURS), about 10 ms for 1,000 notes. */
    static double[][] of(double[][] s, int neighbours, double share) {
        int n = s.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] near = GraphCommunities.nearest(s[i], i, neighbours);
            double[] row = new double[n];
            for (int m : near) {
                double[] other = s[m];
                for (int j = 0; j < n; j++) {
                    row[j] += other[j];
                }
            }
            double[] own = s[i];
            double each = near.length == 0 ? 0 : share / near.length;
            double keep = near.length == 0 ? 1 : 1 - share;
            for (int j = 0; j < n; j++) {
                row[j] = keep * own[j] + each * row[j];
            }
            out[i] = row;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = (out[i][j] + out[j][i]) / 2;
                out[i][j] = v;
                out[j][i] = v;
            }
            out[i][i] = 1;
        }
        return out;
    }
}

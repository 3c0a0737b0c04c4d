package nl.labtafel.cluster;

import java.util.Arrays;

/**
 * Themes as communities of a nearest-neighbour graph: each note is linked to the notes most like it, and Louvain's
 * method (Blondel et al. 2008) groups the notes so that more link weight falls inside groups than chance would put
 * there (modularity, with a resolution that sets how large groups grow). The count follows from the graph.
 */
final class GraphCommunities {
    /**
     * Shipped for English notes: 5 neighbours, links either way, resolution 1.5. Chosen on the English tuning sessions
     * as the middle of a plateau: every setting with 4-6 neighbours and resolution 1.3-1.7 scored ARI 0.32-0.37
     * against the linkage tree's 0.319 (VariantSweep louvain). On Dutch tuning sessions every setting lost then
     * (0.13-0.24 against 0.298); with the own gloss of round 4 Dutch uses the graph too. Round 5 (smoothed
     * similarities, ThemeSweep, 30 draws) found a plateau again: 3-8 neighbours at 1.5 scored 0.294-0.301, resolution
     * 1.2-1.8 0.289-0.301 (Dutch a little higher at 1.8-2.0, English at 1.2, both within the draws' noise).
     */
    static final int NEIGHBOURS = 5;
    static final double RESOLUTION = 1.5;

    private GraphCommunities() {
    }

    /**
     * @param neighbours links per note to its most similar notes
     * @param mutual keep a link only when both notes count each other among their neighbours
     * @param resolution above 1 favours more, smaller groups
     * @return a group index 0..k-1 per note
     */
    static int[] of(double[][] s, int neighbours, boolean mutual, double resolution) {
        int n = s.length;
        double[][] w = new double[n][n];
        boolean[][] near = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j : nearest(s[i], i, neighbours)) {
                near[i][j] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean linked = mutual ? near[i][j] && near[j][i] : near[i][j] || near[j][i];
                if (i != j && linked) {
                    w[i][j] = Math.max(1e-3, s[i][j]);
                }
            }
        }
        int[] community = new int[n];
        for (int i = 0; i < n; i++) {
            community[i] = i;
        }
        double[][] graph = w;
        int[] nodeOf = community.clone(); // note -> node of the current graph
        while (true) {
            int[] moved = localMoves(graph, resolution);
            int groups = renumber(moved);
            if (groups == graph.length) {
                break;
            }
            for (int i = 0; i < n; i++) {
                nodeOf[i] = moved[nodeOf[i]];
            }
            double[][] next = new double[groups][groups];
            for (int a = 0; a < graph.length; a++) {
                for (int b = 0; b < graph.length; b++) {
                    next[moved[a]][moved[b]] += graph[a][b];
                }
            }
            graph = next;
        }
        return nodeOf;
    }

    /** One level of Louvain: nodes move to the neighbouring group that gains most modularity, until none moves. */
    private static int[] localMoves(double[][] g, double resolution) {
        int n = g.length;
        double[] degree = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                degree[i] += g[i][j];
            }
            total += degree[i];
        }
        int[] group = new int[n];
        double[] groupDegree = new double[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
            groupDegree[i] = degree[i];
        }
        if (total == 0) {
            return group;
        }
        int[][] links = new int[n][]; // each node's linked nodes: the graph is sparse, most of all at the first level
        for (int i = 0; i < n; i++) {
            int count = 0;
            int[] row = new int[n];
            for (int j = 0; j < n; j++) {
                if (j != i && g[i][j] > 0) {
                    row[count++] = j;
                }
            }
            links[i] = Arrays.copyOf(row, count);
        }
        double[] linkTo = new double[n];
        boolean changed = true;
        for (int round = 0; changed && round < 100; round++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                for (int j : links[i]) {
                    linkTo[group[j]] = 0;
                }
                for (int j : links[i]) {
                    linkTo[group[j]] += g[i][j];
                }
                int own = group[i];
                groupDegree[own] -= degree[i];
                int best = own;
                double ownLink = 0;
                for (int j : links[i]) {
                    ownLink += group[j] == own ? g[i][j] : 0;
                }
                double bestGain = ownLink - resolution * groupDegree[own] * degree[i] / total;
                for (int j : links[i]) {
                    int c = group[j];
                    if (c != own) {
                        double gain = linkTo[c] - resolution * groupDegree[c] * degree[i] / total;
                        if (gain > bestGain + 1e-12 || (Math.abs(gain - bestGain) <= 1e-12 && c < best && best != own)) {
                            bestGain = gain;
                            best = c;
                        }
                    }
                }
                group[i] = best;
                groupDegree[best] += degree[i];
                changed |= best != own;
            }
        }
        return group;
    }

    /** The {@code k} most similar other notes, most similar first (ties: lower index first). */
    static int[] nearest(double[] row, int self, int k) {
        int size = Math.min(k, row.length - 1);
        int[] best = new int[Math.max(0, size)];
        int filled = 0;
        for (int j = 0; j < row.length; j++) {
            if (j == self) {
                continue;
            }
            int at = filled;
            while (at > 0 && row[best[at - 1]] < row[j]) {
                at--;
            }
            if (at < size) {
                System.arraycopy(best, at, best, at + 1, Math.min(filled, size - 1) - at);
                best[at] = j;
                filled = Math.min(filled + 1, size);
            }
        }
        return best;
    }

    private static int renumber(int[] group) {
        int[] map = new int[group.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < group.length; i++) {
            if (map[group[i]] < 0) {
                map[group[i]] = next++;
            }
            group[i] = map[group[i]];
        }
        return next;
    }
}

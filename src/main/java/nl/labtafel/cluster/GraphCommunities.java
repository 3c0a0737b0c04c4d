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
     * against the linkage tree's 0.319 (VariantSweep louvain). On Dutch tuning sessions every setting lost
     * (0.13-0.24 against 0.298), so Dutch keeps the tree.
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
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            final int ii = i;
            Arrays.sort(order, (a, b) -> Double.compare(s[ii][b], s[ii][a]));
            int taken = 0;
            for (int r = 0; r < n && taken < neighbours; r++) {
                if (order[r] != i) {
                    near[i][order[r]] = true;
                    taken++;
                }
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
        double[] linkTo = new double[n];
        boolean changed = true;
        for (int round = 0; changed && round < 100; round++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                Arrays.fill(linkTo, 0);
                for (int j = 0; j < n; j++) {
                    if (j != i && g[i][j] > 0) {
                        linkTo[group[j]] += g[i][j];
                    }
                }
                int own = group[i];
                groupDegree[own] -= degree[i];
                int best = own;
                double bestGain = linkTo[own] - resolution * groupDegree[own] * degree[i] / total;
                for (int c = 0; c < n; c++) {
                    if (linkTo[c] > 0 && c != own) {
                        double gain = linkTo[c] - resolution * groupDegree[c] * degree[i] / total;
                        if (gain > bestGain + 1e-12) {
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

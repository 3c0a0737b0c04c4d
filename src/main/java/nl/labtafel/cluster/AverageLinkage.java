package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Average-linkage agglomerative clustering on a similarity matrix: the two most similar clusters merge, the merged
 * cluster's similarity to each other is the size-weighted mean (Lance-Williams), until one is left. Each row keeps
 * its best partner, so a merge costs O(n) mostly and 1,000 notes take milliseconds, not the naive O(n³).
 */
final class AverageLinkage {
    /** One merge: clusters {@code a} and {@code b} (named by a member index) joined at {@code similarity}. */
    record Merge(int a, int b, double similarity) {
    }

    private AverageLinkage() {
    }

    /** The n-1 merges in order. The matrix is copied, not changed. */
    static List<Merge> merges(double[][] similarity) {
        int n = similarity.length;
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
            s[i] = similarity[i].clone();
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            best[i] = bestOf(s, active, i);
        }
        List<Merge> merges = new ArrayList<>(Math.max(0, n - 1));
        for (int step = 0; step < n - 1; step++) {
            int a = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (active[i] && best[i] >= 0 && s[i][best[i]] > top) {
                    top = s[i][best[i]];
                    a = i;
                }
            }
            int b = best[a];
            merges.add(new Merge(a, b, top));
            active[b] = false;
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a) {
                    double v = (size[a] * s[a][k] + size[b] * s[b][k]) / (size[a] + size[b]);
                    s[a][k] = v;
                    s[k][a] = v;
                }
            }
            size[a] += size[b];
            for (int k = 0; k < n; k++) {
                if (!active[k]) {
                    continue;
                }
                if (k == a || best[k] == a || best[k] == b) {
                    best[k] = bestOf(s, active, k);
                } else if (s[k][a] > s[k][best[k]]) {
                    best[k] = a;
                }
            }
        }
        return merges;
    }

    private static int bestOf(double[][] s, boolean[] active, int i) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < s.length; k++) {
            if (k != i && active[k] && s[i][k] > top) {
                top = s[i][k];
                best = k;
            }
        }
        return best;
    }

    /** Cluster number per item after the first {@code n - k} merges (k clusters). */
    static int[] cut(int n, List<Merge> merges, int k) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < n - k && m < merges.size(); m++) {
            parent[find(parent, merges.get(m).b())] = find(parent, merges.get(m).a());
        }
        int[] label = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (number[root] < 0) {
                number[root] = next++;
            }
            label[i] = number[root];
        }
        return label;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

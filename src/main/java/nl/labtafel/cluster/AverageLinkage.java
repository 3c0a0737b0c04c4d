package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Average-linkage agglomerative clustering on a similarity matrix: the two most similar clusters merge, the merged
 * cluster's similarity to each other is the size-weighted mean (Lance-Williams), until one is left.
 */
final class AverageLinkage {
    /** One merge: clusters {@code a} and {@code b} (named by a member index) joined at {@code similarity}. */
    record Merge(int a, int b, double similarity) {
    }

    private AverageLinkage() {
    }

    /**
     * The n-1 merges, most similar first. Found with the nearest-neighbour chain (follow each cluster to its most
     * similar one until two are each other's nearest, merge those): O(n²) for a reducible linkage such as the average,
     * where re-finding every row's best after each merge was O(n³) (1,000 notes: seconds). Sorting the merges by
     * similarity then gives the same tree as merging the globally closest pair each time. The matrix is copied.
     */
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
        List<Merge> merges = new ArrayList<>(Math.max(0, n - 1));
        int[] chain = new int[n];
        int length = 0;
        int left = n;
        int next = 0;
        while (left > 1) {
            if (length == 0) {
                while (!active[next]) {
                    next++;
                }
                chain[length++] = next;
            }
            int a = chain[length - 1];
            int previous = length >= 2 ? chain[length - 2] : -1;
            int b = previous;
            double top = previous >= 0 ? s[a][previous] : Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                if (k != a && active[k] && s[a][k] > top) {
                    top = s[a][k];
                    b = k;
                }
            }
            if (b == previous) {
                length -= 2;
                merges.add(new Merge(b, a, top));
                active[a] = false;
                for (int k = 0; k < n; k++) {
                    if (active[k] && k != b) {
                        double v = (size[a] * s[a][k] + size[b] * s[b][k]) / (size[a] + size[b]);
                        s[b][k] = v;
                        s[k][b] = v;
                    }
                }
                size[b] += size[a];
                left--;
            } else {
                chain[length++] = b;
            }
        }
        merges.sort(Comparator.comparingDouble(Merge::similarity).reversed());
        return merges;
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

package nl.labtafel.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * The clusterers VariantSweep measured beside average linkage: normalised spectral clustering on a k-nearest-neighbour
 * graph (Ng, Jordan, Weiss), kernel k-means started from the average-linkage cut, Ward's linkage and an HDBSCAN-like
 * density clustering. Test scope: the eigen-decomposition here is O(n³) per sweep, fine for a session of 40 notes,
 * not for 1,000.
 */
final class SweepClusterers {
    static int knn = 7;

    static int[] cluster(double[][] s, int k, int fewest, int most) {
        int n = s.length;
        double[][] a = affinity(s);
        double[] deg = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                deg[i] += a[i][j];
            }
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i][j] = a[i][j] / Math.sqrt(Math.max(1e-12, deg[i] * deg[j]));
            }
        }
        double[][] vecs = new double[n][n];
        double[] vals = WordVectorsShrink.eigen(l, vecs);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(vals[y], vals[x]));
        if (k > 0) {
            return embedAndKmeans(vecs, order, k, n);
        }
        int min = Math.max(2, (int) Math.ceil(n / (double) most));
        int max = Math.max(min, Math.min(12, n / fewest));
        int[] best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (int kk = min; kk <= max; kk++) {
            int[] lab = embedAndKmeans(vecs, order, kk, n);
            double sc = ClusterCount.silhouette(s, lab, kk);
            if (sc > top) {
                top = sc;
                best = lab;
            }
        }
        return best;
    }

    static double[][] affinity(double[][] s) {
        int n = s.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] row = s[i].clone();
            row[i] = Double.NEGATIVE_INFINITY;
            double[] sorted = row.clone();
            Arrays.sort(sorted);
            double cut = sorted[Math.max(0, n - 1 - knn)];
            for (int j = 0; j < n; j++) {
                if (j != i && s[i][j] >= cut) {
                    double v = Math.max(0.0, s[i][j]) + 1e-3;
                    a[i][j] = Math.max(a[i][j], v);
                    a[j][i] = Math.max(a[j][i], v);
                }
            }
        }
        return a;
    }

    private static int[] embedAndKmeans(double[][] vecs, Integer[] order, int k, int n) {
        double[][] x = new double[n][k];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < k; c++) {
                x[i][c] = vecs[i][order[c]];
                norm += x[i][c] * x[i][c];
            }
            norm = Math.sqrt(Math.max(norm, 1e-12));
            for (int c = 0; c < k; c++) {
                x[i][c] /= norm;
            }
        }
        double[][] gram = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = 0;
                for (int c = 0; c < k; c++) {
                    d += x[i][c] * x[j][c];
                }
                gram[i][j] = d;
            }
        }
        List<AverageLinkage.Merge> merges = AverageLinkage.merges(gram);
        return kernelKmeans(gram, AverageLinkage.cut(n, merges, k), k);
    }

    /** Kernel k-means on a PSD similarity, starting from average-linkage's cut. */
    static int[] kmeansOnSimilarity(double[][] s, int k, int fewest, int most) {
        int n = s.length;
        List<AverageLinkage.Merge> merges = AverageLinkage.merges(s);
        if (k > 0) {
            return kernelKmeans(s, AverageLinkage.cut(n, merges, k), k);
        }
        int min = Math.max(2, (int) Math.ceil(n / (double) most));
        int max = Math.max(min, Math.min(12, n / fewest));
        int[] best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (int kk = min; kk <= max; kk++) {
            int[] lab = kernelKmeans(s, AverageLinkage.cut(n, merges, kk), kk);
            double sc = ClusterCount.silhouette(s, lab, kk);
            if (sc > top) {
                top = sc;
                best = lab;
            }
        }
        return best;
    }

    static int[] kernelKmeans(double[][] s, int[] init, int k) {
        int n = s.length;
        int[] label = init.clone();
        for (int it = 0; it < 30; it++) {
            int[] size = new int[k];
            for (int l : label) {
                size[l]++;
            }
            double[] within = new double[k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (label[i] == label[j]) {
                        within[label[i]] += s[i][j];
                    }
                }
            }
            boolean changed = false;
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                double[] toC = new double[k];
                for (int j = 0; j < n; j++) {
                    toC[label[j]] += s[i][j];
                }
                int best = label[i];
                double bd = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    if (size[c] == 0) {
                        continue;
                    }
                    double d = s[i][i] - 2 * toC[c] / size[c] + within[c] / ((double) size[c] * size[c]);
                    if (d < bd - 1e-12) {
                        bd = d;
                        best = c;
                    }
                }
                next[i] = best;
                changed |= best != label[i];
            }
            label = next;
            if (!changed) {
                break;
            }
        }
        return label;
    }

    /**
     * Ward's linkage on squared distances 2 - 2s (the similarity is an inner product of unit vectors), by
     * Lance-Williams updates; naive O(n³), then the silhouette picks the count as for average linkage.
     */
    static int[] ward(double[][] s, int k, int fewest, int most) {
        int n = s.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = Math.max(0, 2 - 2 * s[i][j]);
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        java.util.List<AverageLinkage.Merge> merges = new java.util.ArrayList<>();
        for (int m = 0; m < n - 1; m++) {
            int bi = -1;
            int bj = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!active[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (active[j] && d[i][j] < best) {
                        best = d[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            for (int x = 0; x < n; x++) {
                if (!active[x] || x == bi || x == bj) {
                    continue;
                }
                double t = size[bi] + size[bj] + size[x];
                double v = ((size[bi] + size[x]) * d[bi][x] + (size[bj] + size[x]) * d[bj][x] - size[x] * d[bi][bj]) / t;
                d[bi][x] = v;
                d[x][bi] = v;
            }
            size[bi] += size[bj];
            active[bj] = false;
            // Ward's merge costs only grow, so minus the cost keeps the merges in AverageLinkage's order.
            merges.add(new AverageLinkage.Merge(bi, bj, -best));
        }
        if (k > 0) {
            return AverageLinkage.cut(n, merges, k);
        }
        return AverageLinkage.cut(n, merges, SweepMeasures.silhouetteK(s, merges, fewest, most));
    }

    /**
     * Density in the manner of HDBSCAN, simplified: distances become mutual reachability distances (at least each
     * note's distance to its {@code minPoints}-th nearest neighbour), single linkage over them (a minimum spanning
     * tree), cut where the silhouette is best. No noise label: every note stays in a theme.
     */
    static int[] density(double[][] s, int k, int fewest, int most, int minPoints) {
        int n = s.length;
        double[] core = new double[n];
        for (int i = 0; i < n; i++) {
            double[] d = new double[n - 1];
            int c = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    d[c++] = 1 - s[i][j];
                }
            }
            Arrays.sort(d);
            core[i] = d[Math.min(minPoints, n - 1) - 1];
        }
        boolean[] in = new boolean[n];
        double[] best = new double[n];
        int[] from = new int[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        java.util.List<AverageLinkage.Merge> edges = new java.util.ArrayList<>();
        for (int step = 0; step < n; step++) {
            int u = -1;
            for (int i = 0; i < n; i++) {
                if (!in[i] && (u < 0 || best[i] < best[u])) {
                    u = i;
                }
            }
            in[u] = true;
            if (step > 0) {
                edges.add(new AverageLinkage.Merge(from[u], u, -best[u]));
            }
            for (int j = 0; j < n; j++) {
                double reach = Math.max(Math.max(core[u], core[j]), 1 - s[u][j]);
                if (!in[j] && reach < best[j]) {
                    best[j] = reach;
                    from[j] = u;
                }
            }
        }
        edges.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        if (k > 0) {
            return AverageLinkage.cut(n, edges, k);
        }
        return AverageLinkage.cut(n, edges, SweepMeasures.silhouetteK(s, edges, fewest, most));
    }
}

package nl.labtafel.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * External cluster-quality scores against a true labelling. Each "other" note counts as a cluster of its own:
 * leaving a note out must not be cheaper than placing it well.
 */
final class ClusterScores {
    private ClusterScores() {
    }

    /** Predicted cluster per note id, with "other" notes as singletons. */
    static Map<String, String> predicted(List<ThemeProposal> proposals) {
        Map<String, String> cluster = new HashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            ThemeProposal p = proposals.get(i);
            for (String id : p.noteIds()) {
                cluster.put(id, p.other() ? "other-" + id : "theme-" + i);
            }
        }
        return cluster;
    }

    /** Hubert and Arabie's adjusted Rand index: 1 for identical partitions, about 0 for chance. */
    static double adjustedRand(Map<String, String> truth, Map<String, String> predicted) {
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> cols = new HashMap<>();
        for (String id : truth.keySet()) {
            String t = truth.get(id);
            String p = predicted.get(id);
            table.computeIfAbsent(t, k -> new HashMap<>()).merge(p, 1, Integer::sum);
            rows.merge(t, 1, Integer::sum);
            cols.merge(p, 1, Integer::sum);
        }
        double index = table.values().stream().flatMap(m -> m.values().stream()).mapToDouble(ClusterScores::pairs)
                .sum();
        double rowPairs = rows.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double colPairs = cols.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double expected = rowPairs * colPairs / pairs(truth.size());
        double max = (rowPairs + colPairs) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    /** Share of notes that are in the majority true theme of their predicted cluster. */
    static double purity(Map<String, String> truth, Map<String, String> predicted) {
        Map<String, Map<String, Integer>> byCluster = new HashMap<>();
        truth.forEach((id, t) -> byCluster.computeIfAbsent(predicted.get(id), k -> new HashMap<>()).merge(t, 1,
                Integer::sum));
        int majority = byCluster.values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
        return (double) majority / truth.size();
    }

    /** Normalised mutual information (arithmetic mean of the entropies): 1 identical, 0 independent. */
    static double nmi(Map<String, String> truth, Map<String, String> predicted) {
        int n = truth.size();
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> cols = new HashMap<>();
        truth.forEach((id, t) -> {
            String p = predicted.get(id);
            table.computeIfAbsent(t, k -> new HashMap<>()).merge(p, 1, Integer::sum);
            rows.merge(t, 1, Integer::sum);
            cols.merge(p, 1, Integer::sum);
        });
        double mi = 0;
        for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
            for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
                double pxy = (double) cell.getValue() / n;
                mi += pxy * Math.log(pxy / ((double) rows.get(row.getKey()) / n * cols.get(cell.getKey()) / n));
            }
        }
        double h = (entropy(rows.values(), n) + entropy(cols.values(), n)) / 2;
        return h == 0 ? 1.0 : mi / h;
    }

    private static double entropy(java.util.Collection<Integer> sizes, int n) {
        double h = 0;
        for (int size : sizes) {
            double p = (double) size / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}

package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Themes by average-linkage clustering of the notes of one language: similarity from shared words (TF-IDF), from
 * meaning (distilled word vectors), or a mix ({@link Algorithm}); the number of themes from the facilitator or from
 * a {@link ClusterCount.Rule}; each theme named by {@link PhraseLabels}. A note left alone in its cluster goes to
 * "other". With {@code communities} and an automatic count the themes are instead the communities of the notes'
 * neighbour graph ({@link GraphCommunities}); a count the facilitator sets is always honoured by the tree.
 */
final class LinkageClusterer {
    /** A theme before it becomes a proposal: its label and the indexes of its notes. */
    record Group(String label, List<Integer> members) {
    }

    private LinkageClusterer() {
    }

    /**
     * @param count themes wanted, or {@link SuggestOptions#AUTOMATIC}
     * @param smooth whether, for the graph, each note's similarities borrow from its nearest notes'
     *     ({@link NeighbourSmoothing})
     * @param cancel checked between the steps; a cancelled run throws {@link java.util.concurrent.CancellationException}
     */
    static List<Group> cluster(NoteFeatures features, double meaningWeight, ClusterCount.Rule rule, int count,
            boolean communities, boolean smooth, String conjunction, java.util.Set<String> weakWords, Cancel cancel) {
        int n = features.size();
        double[][] similarity = features.similarity(meaningWeight);
        cancel.check();
        int[] label;
        if (communities && count == SuggestOptions.AUTOMATIC) {
            if (smooth) {
                // Only for the graph: the tree cut to a given count lost a little with it (tuning 0.265 → 0.261).
                similarity = NeighbourSmoothing.of(similarity, NeighbourSmoothing.NEIGHBOURS, NeighbourSmoothing.SHARE);
                cancel.check();
            }
            label = GraphCommunities.of(similarity, GraphCommunities.NEIGHBOURS, false, GraphCommunities.RESOLUTION);
        } else {
            List<AverageLinkage.Merge> merges = AverageLinkage.merges(similarity);
            cancel.check();
            int k = count == SuggestOptions.AUTOMATIC ? ClusterCount.choose(rule, similarity, merges)
                    : Math.min(count, n);
            label = AverageLinkage.cut(n, merges, Math.max(1, k));
        }
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(label[i], c -> new ArrayList<>()).add(i);
        }
        PhraseLabels labels = new PhraseLabels(features, conjunction, weakWords);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            if (members.size() >= Partition.MIN_THEME_SIZE) {
                groups.add(new Group(labels.label(members), members));
            }
        }
        cancel.check();
        return groups;
    }
}

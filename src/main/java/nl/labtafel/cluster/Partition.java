package nl.labtafel.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.labtafel.cluster.CarrotClusterer.RawCluster;

/**
 * Turns raw, possibly overlapping clusters into disjoint themes: the cluster with the most notes not yet taken
 * goes first and takes them, then the next; a "theme" of one note is no theme, so such notes and the ones no
 * cluster holds are left for the "other" proposal.
 */
final class Partition {
    static final int MIN_THEME_SIZE = 2;

    /** One disjoint theme before labelling. */
    record Part(RawCluster source, List<String> noteIds) {
    }

    private Partition() {
    }

    /** @param maxThemes at most this many themes; 0 for no limit */
    static List<Part> disjoint(List<RawCluster> clusters, int maxThemes) {
        Set<String> taken = new LinkedHashSet<>();
        List<RawCluster> left = new ArrayList<>(clusters);
        List<Part> parts = new ArrayList<>();
        while (!left.isEmpty() && (maxThemes == 0 || parts.size() < maxThemes)) {
            RawCluster best = left.stream()
                    .max(Comparator.comparingInt(c -> untaken(c, taken).size()))
                    .orElseThrow();
            List<String> ids = untaken(best, taken);
            if (ids.size() < MIN_THEME_SIZE) {
                break;
            }
            parts.add(new Part(best, ids));
            taken.addAll(ids);
            left.remove(best);
        }
        return parts;
    }

    private static List<String> untaken(RawCluster cluster, Set<String> taken) {
        return cluster.documents().stream().map(NoteDocument::noteId).filter(id -> !taken.contains(id))
                .distinct().toList();
    }
}

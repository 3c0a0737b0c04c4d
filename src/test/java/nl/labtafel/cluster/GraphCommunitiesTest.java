package nl.labtafel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class GraphCommunitiesTest {
    /** Two groups of notes alike within and unlike across, with a weak link between them. */
    private static double[][] twoGroups(int size) {
        int n = 2 * size;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = i == j ? 1 : (i < size) == (j < size) ? 0.6 + 0.01 * ((i + j) % 3) : -0.2;
            }
        }
        s[0][size] = 0.3;
        s[size][0] = 0.3;
        return s;
    }

    @Test
    void notesAlikeFormOneThemeAndTheCountFollowsFromTheGraph() {
        int[] group = GraphCommunities.of(twoGroups(6), GraphCommunities.NEIGHBOURS, false,
                GraphCommunities.RESOLUTION);
        for (int i = 1; i < 6; i++) {
            assertEquals(group[0], group[i], "note " + i);
            assertEquals(group[6], group[6 + i], "note " + (6 + i));
        }
        assertNotEquals(group[0], group[6]);
    }

    @Test
    void groupsAreNumberedFromZeroAndAnUnlinkedGraphKeepsEveryNoteApart() {
        int[] group = GraphCommunities.of(twoGroups(4), 3, false, 1.0);
        assertEquals(0, group[0]);
        int[] alone = GraphCommunities.of(new double[][] {{1}}, 3, false, 1.0);
        assertEquals(0, alone[0]);
    }
}

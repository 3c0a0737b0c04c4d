package nl.labtafel.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.labtafel.model.ActorGroup;

/**
 * Finds the session's actor group a cell means: its id, its Dutch or English name (any case, with or without
 * accents, singular or plural: "Gemeente", "municipality", "Huisvesters"), its capture key ("6"), or an
 * unambiguous start of a name of at least three letters ("maatsch").
 */
public final class GroupMatcher {
    private final List<ActorGroup> groups;
    private final Map<String, ActorGroup> exact = new HashMap<>();
    /** Cells repeat ("Gemeente" on every third row): each distinct cell is matched once. */
    private final Map<String, Optional<ActorGroup>> seen = new HashMap<>();

    public GroupMatcher(List<ActorGroup> groups) {
        this.groups = List.copyOf(groups);
        for (ActorGroup g : groups) {
            put(g.getId(), g);
            if (g.getName() != null) {
                put(g.getName().getNl(), g);
                put(g.getName().getEn(), g);
            }
            put(g.getKey(), g);
        }
    }

    private void put(String name, ActorGroup group) {
        if (name != null && !name.isBlank()) {
            exact.putIfAbsent(ColumnMapping.normal(name), group);
        }
    }

    /** The group, or empty when nothing or more than one group fits. */
    public Optional<ActorGroup> match(String cell) {
        return seen.computeIfAbsent(cell == null ? "" : cell, this::find);
    }

    private Optional<ActorGroup> find(String cell) {
        String key = ColumnMapping.normal(cell);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ActorGroup found = exact.get(key);
        if (found != null) {
            return Optional.of(found);
        }
        if (key.length() < 3) {
            return Optional.empty();
        }
        ActorGroup candidate = null;
        for (ActorGroup g : groups) {
            if (g.getName() != null && (startsWith(g.getName().getNl(), key) || startsWith(g.getName().getEn(), key))) {
                if (candidate != null && candidate != g) {
                    return Optional.empty();
                }
                candidate = g;
            }
        }
        return Optional.ofNullable(candidate);
    }

    private static boolean startsWith(String name, String key) {
        return name != null && ColumnMapping.normal(name).startsWith(key);
    }
}

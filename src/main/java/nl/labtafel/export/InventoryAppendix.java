package nl.labtafel.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.model.Theme;

/** The appendix with every post-it of the inventory, per actor group or per theme, each a bullet. */
final class InventoryAppendix {
    private final Session session;
    private final InventoryGrouping grouping;
    private final ExportLabels labels;
    private final DocWriter out;

    InventoryAppendix(Session session, InventoryGrouping grouping, ExportLabels labels, DocWriter out) {
        this.session = session;
        this.grouping = grouping;
        this.labels = labels;
        this.out = out;
    }

    void write() {
        if (grouping == InventoryGrouping.NONE
                || session.getNotes().stream().allMatch(n -> SafeText.isBlank(n.getText()))) {
            return;
        }
        boolean byActor = grouping == InventoryGrouping.ACTOR;
        // An appendix starts on a page of its own, as in any report.
        out.paragraph(StyleRole.HEADING_1, labels.get(byActor ? "appendix.byActor" : "appendix.byTheme"))
                .setPageBreak(true);
        Map<String, List<Note>> groups = byActor ? byActor() : byTheme();
        for (Map.Entry<String, List<Note>> group : groups.entrySet()) {
            List<Note> notes = group.getValue().stream().filter(n -> !SafeText.isBlank(n.getText())).toList();
            if (notes.isEmpty()) {
                continue;
            }
            out.paragraph(StyleRole.HEADING_2, group.getKey());
            out.bullets(notes.stream().map(n -> describe(n, !byActor)).toList());
        }
    }

    private Map<String, List<Note>> byActor() {
        Map<String, List<Note>> groups = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ActorGroup group : session.getActorGroups()) {
            titles.put(group.getId(), uniqueTitle(groups, actorName(group)));
            groups.put(titles.get(group.getId()), new ArrayList<>());
        }
        List<Note> rest = new ArrayList<>();
        for (Note note : session.getNotes()) {
            String title = note.getActorGroupId() == null ? null : titles.get(note.getActorGroupId());
            (title == null ? rest : groups.get(title)).add(note);
        }
        groups.put(uniqueTitle(groups, labels.get("appendix.noGroup")), rest);
        return groups;
    }

    private Map<String, List<Note>> byTheme() {
        Map<String, List<Note>> groups = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Theme theme : session.getThemes()) {
            String name = SafeText.isBlank(theme.getName()) ? theme.getId() : theme.getName();
            titles.put(theme.getId(), uniqueTitle(groups, name));
            groups.put(titles.get(theme.getId()), new ArrayList<>());
        }
        List<Note> rest = new ArrayList<>();
        for (Note note : session.getNotes()) {
            String title = note.getThemeId() == null ? null : titles.get(note.getThemeId());
            (title == null ? rest : groups.get(title)).add(note);
        }
        groups.put(uniqueTitle(groups, labels.get("appendix.noTheme")), rest);
        return groups;
    }

    /** Two groups with the same name stay two headings. */
    private static String uniqueTitle(Map<String, ?> taken, String title) {
        String candidate = title;
        for (int i = 2; taken.containsKey(candidate); i++) {
            candidate = title + " (" + i + ")";
        }
        return candidate;
    }

    private String actorName(ActorGroup group) {
        String name = group.getName() == null ? "" : group.getName().get(labels.language());
        return SafeText.isBlank(name) ? group.getId() : name;
    }

    /** "text (organisation)"; grouped by theme the actor group is added: "text (Inwoners, organisation)". */
    private String describe(Note note, boolean withGroup) {
        List<String> extra = new ArrayList<>(2);
        if (withGroup && note.getActorGroupId() != null) {
            session.actorGroup(note.getActorGroupId()).map(this::actorName).ifPresent(extra::add);
        }
        if (!SafeText.isBlank(note.getOrganisation())) {
            extra.add(note.getOrganisation().strip());
        }
        return extra.isEmpty() ? note.getText() : note.getText() + " (" + String.join(", ", extra) + ")";
    }
}

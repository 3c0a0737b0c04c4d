package nl.labtafel.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Ids;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/**
 * The inventory of another session (a second table of the same evening, or an earlier evening) merged into
 * this one: each post-it keeps its text and organisation, gets a fresh id, and lands in the group with the
 * same id or the same name here (else without a group). Themes and dots stay behind: they were the other
 * table's choices.
 */
public final class SessionSource {

    private SessionSource() {
    }

    public static ImportPlan plan(Session target, Session other, String format) {
        GroupMatcher groups = new GroupMatcher(target.getActorGroups());
        List<Note> notes = new ArrayList<>();
        for (Note source : other.getNotes()) {
            if (source.getText() == null || source.getText().isBlank()) {
                continue;
            }
            String groupId = null;
            if (source.getActorGroupId() != null) {
                Optional<ActorGroup> same = target.actorGroup(source.getActorGroupId());
                if (same.isPresent()) {
                    groupId = same.get().getId();
                } else {
                    groupId = other.actorGroup(source.getActorGroupId())
                            .flatMap(g -> groups.match(g.getName().getNl()).or(() -> groups.match(g.getName().getEn())))
                            .map(ActorGroup::getId).orElse(null);
                }
            }
            Note note = new Note(Ids.next("n"), source.getText(), groupId);
            note.setOrganisation(source.getOrganisation() == null ? "" : source.getOrganisation());
            notes.add(note);
        }
        NoteImport.place(target, notes);
        return new ImportPlan(List.copyOf(notes), List.of(), other.getNotes().size(), format);
    }
}

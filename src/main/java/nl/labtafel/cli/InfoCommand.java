package nl.labtafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.text.Quoted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code info FILE}: a short summary of a session. */
@Command(name = "info")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    LabtafelCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "info.file")
    Path file;

    @Override
    public Integer call() {
        Session session;
        try {
            session = new SessionStore().load(file);
        } catch (FileProblemException e) {
            e.describe(parent.messages()).forEach(spec.commandLine().getErr()::println);
            return LabtafelCommand.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        SessionHeader h = session.getHeader();
        out.println(parent.messages().format("info.title", Quoted.line(h.getTitle())));
        out.println(parent.messages().quoted("info.when", String.valueOf(h.getDate()), String.valueOf(h.getStartTime()),
                String.valueOf(h.getEndTime()), h.getParticipantCount() == null ? "-" : h.getParticipantCount()));
        out.println(parent.messages().quoted("info.notes", session.getNotes().size()));
        for (ActorGroup g : session.getActorGroups()) {
            long count = session.getNotes().stream().filter(n -> g.getId().equals(n.getActorGroupId())).count();
            out.println(parent.messages().quoted("info.notesOfGroup", g.getName().get(session.language()), count));
        }
        long ungrouped = session.getNotes().stream().filter(n -> n.getActorGroupId() == null).count();
        if (ungrouped > 0) {
            out.println(parent.messages().quoted("info.notesOfGroup", parent.messages().get("info.noGroup"), ungrouped));
        }
        out.println(parent.messages().quoted("info.insights", session.getInsights().size()));
        out.println(parent.messages().quoted("info.themes", session.getThemes().size(), session.chosenThemes().size()));
        int canvasNotes = session.getTeams().stream()
                .mapToInt(t -> t.lane(CanvasLane.INGREDIENTS).size() + t.lane(CanvasLane.CHEMISTRY).size()
                        + t.lane(CanvasLane.TRIALS).size()).sum();
        out.println(parent.messages().quoted("info.teams", session.getTeams().size(), canvasNotes));
        out.println(parent.messages().quoted("info.actions", session.getActions().size()));
        return LabtafelCommand.OK;
    }
}

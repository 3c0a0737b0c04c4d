package nl.labtafel.ui.audience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.labtafel.cli.LabtafelCommand;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code render FILE.json --phase P [--team N] --size WxH --out DIR}: the audience view of a phase as PNG pages,
 * drawn by the same layout and view code the projector shows, without a display (see {@link Headless}). It lives
 * in the UI layer because it draws; the launcher hands it to the command line, which never depends on the UI.
 */
@Command(name = "render")
public final class RenderCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{3,4})[xX](\\d{3,4})");

    @ParentCommand
    LabtafelCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", descriptionKey = "render.file")
    Path file;

    @Option(names = "--phase", required = true, paramLabel = "PHASE", descriptionKey = "render.phase")
    String phase;

    @Option(names = "--team", paramLabel = "N", descriptionKey = "render.team")
    Integer team;

    @Option(names = "--size", required = true, paramLabel = "WxH", descriptionKey = "render.size")
    String size;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "render.out")
    Path out;

    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "render.lang")
    String lang;

    @Override
    public Integer call() {
        Messages cli = parent.messages();
        PhaseKind kind = kind(phase);
        if (kind == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), cli.format("render.badPhase", phase));
        }
        Matcher sizeMatch = SIZE.matcher(size.strip());
        int width = sizeMatch.matches() ? Integer.parseInt(sizeMatch.group(1)) : 0;
        int height = sizeMatch.matches() ? Integer.parseInt(sizeMatch.group(2)) : 0;
        if (width < 320 || width > 7680 || height < 240 || height > 4320) {
            throw new CommandLine.ParameterException(spec.commandLine(), cli.format("render.badSize", size));
        }
        if (lang != null && !List.of("nl", "en").contains(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), cli.format("cli.badLanguage", lang));
        }
        Session session;
        try {
            session = new SessionStore().load(file);
        } catch (FileProblemException e) {
            e.describe(cli).forEach(spec.commandLine().getErr()::println);
            return LabtafelCommand.FAILED;
        }
        String teamId = null;
        if (team != null) {
            if (team < 1 || team > session.getTeams().size()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        cli.format("render.badTeam", team, session.getTeams().size()));
            }
            teamId = session.getTeams().get(team - 1).getId();
        }
        Messages screen = Messages.forLanguage(lang != null ? lang : session.getLanguage());
        Phase p = session.getPhases().stream().filter(x -> x.getKind() == kind).findFirst().orElse(null);
        String name = p == null ? "" : p.getName().get(screen.language());
        AudienceLayout.Request request = new AudienceLayout.Request(kind, name, p == null ? null : p.getId(), teamId,
                null, null, width, height);
        List<Path> written;
        try {
            Files.createDirectories(out);
            written = PageRenderer.render(session, request, screen, out);
        } catch (IOException e) {
            spec.commandLine().getErr().println(cli.format("render.cannotWrite", out, e.getMessage()));
            return LabtafelCommand.FAILED;
        } catch (Headless.Unavailable e) {
            spec.commandLine().getErr().println(cli.format("render.noDisplay", e.getMessage()));
            return LabtafelCommand.FAILED;
        }
        spec.commandLine().getOut().println(cli.format("render.written", written.size(), out));
        return LabtafelCommand.OK;
    }

    static PhaseKind kind(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "introduction" -> PhaseKind.INTRODUCTION;
            case "inventory" -> PhaseKind.INVENTORY;
            case "insights" -> PhaseKind.INSIGHTS;
            case "themes" -> PhaseKind.THEMES;
            case "teams" -> PhaseKind.RESEARCH_TEAMS;
            case "followup" -> PhaseKind.FOLLOW_UP;
            default -> null;
        };
    }
}

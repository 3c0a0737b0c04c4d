package nl.labtafel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.labtafel.cluster.SuggestOptions;
import nl.labtafel.cluster.ThemeProposal;
import nl.labtafel.cluster.ThemeSuggester;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.Json;
import nl.labtafel.io.SessionStore;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.text.Quoted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code suggest-themes FILE [--count N] [--all] [--json]}: proposes themes for a session's notes; the file is not
 * changed. Exit 0 done, 1 the file cannot be read, 2 usage (a count outside 1-30).
 */
@Command(name = "suggest-themes")
final class SuggestThemesCommand implements Callable<Integer> {
    @ParentCommand
    LabtafelCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "suggestThemes.file")
    Path file;

    @Option(names = "--count", paramLabel = "N", descriptionKey = "suggestThemes.count")
    Integer count;

    @Option(names = "--all", descriptionKey = "suggestThemes.all")
    boolean all;

    @Option(names = "--json", descriptionKey = "suggestThemes.json")
    boolean json;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        if (count != null && (count < 1 || count > SuggestOptions.MAX_COUNT)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    messages.quoted("suggestThemes.badCount", count, SuggestOptions.MAX_COUNT));
        }
        Session session;
        try {
            session = new SessionStore().load(file);
        } catch (FileProblemException e) {
            e.describe(messages).forEach(spec.commandLine().getErr()::println);
            return LabtafelCommand.FAILED;
        }
        SuggestOptions options = new SuggestOptions(count == null ? SuggestOptions.AUTOMATIC : count, all, null);
        List<ThemeProposal> proposals = new ThemeSuggester().suggest(session, options);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(proposals));
        } else {
            printReadable(out, messages, session, options, proposals);
        }
        return LabtafelCommand.OK;
    }

    /** The "other" proposal carries its name in the session's language ("Overig"/"Other"), as on the board. */
    private static String toJson(List<ThemeProposal> proposals) {
        List<Map<String, Object>> list = proposals.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("label", p.label());
            item.put("noteIds", p.noteIds());
            item.put("other", p.other());
            return item;
        }).toList();
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void printReadable(PrintWriter out, Messages messages, Session session, SuggestOptions options,
            List<ThemeProposal> proposals) {
        int considered = ThemeSuggester.consideredNotes(session, options).size();
        if (considered == 0) {
            out.println(messages.get(options.allNotes() ? "suggestThemes.noNotes" : "suggestThemes.noUnassigned"));
            return;
        }
        long themes = proposals.stream().filter(p -> !p.other()).count();
        String other = ThemeSuggester.otherLabel(session.language().code());
        out.println(themes == 0 ? messages.quoted("suggestThemes.noThemes", considered, other)
                : messages.quoted("suggestThemes.header", themes, considered));
        int number = 1;
        for (ThemeProposal p : proposals) {
            out.println();
            out.println(p.other()
                    ? messages.quoted("suggestThemes.otherHeading", p.label(), p.noteIds().size())
                    : messages.quoted("suggestThemes.theme", number++, p.label(), p.noteIds().size()));
            for (String id : p.noteIds()) {
                out.println(messages.format("suggestThemes.note", Quoted.line(session.note(id).map(Note::getText).orElse(id))));
            }
        }
    }
}

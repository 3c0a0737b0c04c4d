package nl.labtafel.ui.start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.io.RecoveryFiles;
import nl.labtafel.io.TemplateStore;
import nl.labtafel.model.SessionTemplate;

/**
 * What the start screen offers, read from disk in one go on the background thread: the templates that
 * load, the sessions in {@code sessions/} (newest first) and the recovery files newer than their session.
 */
public record StartLists(List<Map.Entry<Path, SessionTemplate>> templates, List<Recent> recent,
                         List<Recent> recoveries, List<String> problems) {

    /** A file with the name shown for it and when it last changed. */
    public record Recent(Path file, String name, LocalDateTime modified) {
    }

    public static StartLists read(Path templatesFolder, Path sessionsFolder,
                                  Function<FileProblemException, List<String>> describe) {
        TemplateStore store = new TemplateStore();
        List<Map.Entry<Path, SessionTemplate>> templates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : store.list(templatesFolder)) {
            try {
                templates.add(new AbstractMap.SimpleImmutableEntry<>(file, store.load(file)));
            } catch (FileProblemException e) {
                problems.addAll(describe.apply(e));
            }
        }
        List<Recent> recent = sessions(sessionsFolder);
        List<Recent> recoveries = RecoveryFiles.pending(sessionsFolder).stream().map(StartLists::recent).toList();
        return new StartLists(templates, recent, recoveries, problems);
    }

    private static List<Recent> sessions(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .map(StartLists::recent)
                    .sorted(Comparator.comparing(Recent::modified).reversed())
                    .toList();
        } catch (IOException e) {
            System.getLogger(StartLists.class.getName()).log(System.Logger.Level.WARNING, "cannot list sessions", e);
            return List.of();
        }
    }

    private static Recent recent(Path file) {
        LocalDateTime modified;
        try {
            modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            modified = LocalDateTime.of(1970, 1, 1, 0, 0);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(RecoveryFiles.SUFFIX)) {
            name = name.substring(0, name.length() - RecoveryFiles.SUFFIX.length());
        }
        if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        return new Recent(file, name, modified);
    }
}

package nl.labtafel.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.labtafel.model.Problem;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionTemplate;
import nl.labtafel.model.SessionValidator;

/** Reads LAB formats (session templates) from {@code templates/*.json}. */
public final class TemplateStore {

    public SessionTemplate load(Path file) throws FileProblemException {
        byte[] bytes = JsonFiles.readBytes(file);
        SessionTemplate template = TemplateFastReader.read(bytes).orElse(null);
        if (template == null) {
            template = readWithDatabind(file, bytes);
        }
        // A template is valid when the empty session it makes is.
        List<Problem> problems = SessionValidator.validate(template.newSession("", null));
        if (template.getId() == null || template.getId().isBlank()) {
            problems = new ArrayList<>(problems);
            problems.add(new Problem("id", "problem.required"));
        }
        if (!problems.isEmpty()) {
            throw new FileProblemException(file, problems, -1, -1, null);
        }
        return template;
    }

    /** The full reader: every file the fast path is not sure of, with databind's precise messages. */
    private static SessionTemplate readWithDatabind(Path file, byte[] bytes) throws FileProblemException {
        try {
            JsonNode tree = Json.mapper().readTree(bytes);
            JsonNode version = tree == null ? null : tree.get(Json.SCHEMA_VERSION_FIELD);
            if (version != null && version.asInt() > Json.SCHEMA_VERSION) {
                throw new FileProblemException(file, new Problem(Json.SCHEMA_VERSION_FIELD, "load.futureVersion",
                        version.asInt(), Json.SCHEMA_VERSION), null);
            }
            return Json.mapper().readerFor(SessionTemplate.class).readValue(bytes);
        } catch (JsonProcessingException e) {
            throw JsonFiles.failure(file, e);
        } catch (IOException e) {
            throw new FileProblemException(file, new Problem("", "load.failed", e.getMessage()), e);
        }
    }

    /** The session templates in a folder, sorted by file name; unreadable ones are skipped. */
    public List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            System.getLogger(TemplateStore.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot list templates in " + folder, e);
            return List.of();
        }
    }

    public Session newSession(Path templateFile, String title, LocalDate date) throws FileProblemException {
        return load(templateFile).newSession(title, date);
    }
}

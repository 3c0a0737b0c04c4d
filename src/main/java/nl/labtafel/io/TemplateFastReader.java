package nl.labtafel.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.CanvasQuestions;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.Phase;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.model.SessionTemplate;

/**
 * Reads a well-formed session template with jackson-core's streaming parser only, so the start screen's
 * template list does not wait for Jackson databind: its first use loads ~600 classes, and on two cores
 * that took ~0.3-0.5 s off the moment the start screen is usable (measured with bench/ColdStart, issue 18).
 *
 * <p>A fast path, never a second opinion: anything it is not sure of (a field it does not know, a null, a
 * number where text belongs, a newer schema version, a parse error) gives {@link Optional#empty()}, and
 * {@link TemplateStore} then reads the file with databind as before, which gives the precise message.
 * TemplateFastReaderTest checks that both readers make the same template of every shipped file.
 */
final class TemplateFastReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Thrown inside to leave for the databind path; never escapes. */
    private static final class NotSure extends Exception {
        NotSure() {
            super(null, null, false, false);
        }
    }

    private TemplateFastReader() {
    }

    static Optional<SessionTemplate> read(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            SessionTemplate template = template(p);
            if (p.nextToken() != null) {
                return Optional.empty(); // trailing content: databind names it
            }
            return Optional.of(template);
        } catch (IOException | NotSure | RuntimeException e) {
            return Optional.empty(); // not an error here: TemplateStore reads the file with databind, which names it
        }
    }

    private static SessionTemplate template(JsonParser p) throws IOException, NotSure {
        SessionTemplate t = new SessionTemplate();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case Json.SCHEMA_VERSION_FIELD -> {
                    expect(value, JsonToken.VALUE_NUMBER_INT);
                    if (p.getIntValue() > Json.SCHEMA_VERSION) {
                        throw new NotSure();
                    }
                }
                case "id" -> t.setId(text(p, value));
                case "name" -> t.setName(localized(p, value));
                case "description" -> t.setDescription(localized(p, value));
                case "startTime" -> t.setStartTime(time(p, value));
                case "endTime" -> t.setEndTime(time(p, value));
                case "researchTeams" -> t.setResearchTeams(bool(value));
                case "votesPerParticipant" -> t.setVotesPerParticipant(integer(p, value));
                case "phases" -> t.setPhases(phases(p, value));
                case "actorGroups" -> t.setActorGroups(groups(p, value));
                case "canvasQuestions" -> t.setCanvasQuestions(canvas(p, value));
                default -> throw new NotSure();
            }
        }
        expect(p.currentToken(), JsonToken.END_OBJECT);
        return t;
    }

    private static List<Phase> phases(JsonParser p, JsonToken value) throws IOException, NotSure {
        expect(value, JsonToken.START_ARRAY);
        List<Phase> phases = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Phase phase = new Phase();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "id" -> phase.setId(text(p, v));
                    case "kind" -> phase.setKind(PhaseKind.valueOf(text(p, v)));
                    case "name" -> phase.setName(localized(p, v));
                    case "minutes" -> phase.setMinutes(integer(p, v));
                    case "summary" -> phase.setSummary(text(p, v));
                    default -> throw new NotSure();
                }
            }
            phases.add(phase);
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return phases;
    }

    private static List<ActorGroup> groups(JsonParser p, JsonToken value) throws IOException, NotSure {
        expect(value, JsonToken.START_ARRAY);
        List<ActorGroup> groups = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            ActorGroup group = new ActorGroup();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "id" -> group.setId(text(p, v));
                    case "name" -> group.setName(localized(p, v));
                    case "colour" -> group.setColour(text(p, v));
                    case "key" -> group.setKey(text(p, v));
                    case "icon" -> group.setIcon(text(p, v));
                    default -> throw new NotSure();
                }
            }
            groups.add(group);
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return groups;
    }

    private static CanvasQuestions canvas(JsonParser p, JsonToken value) throws IOException, NotSure {
        expect(value, JsonToken.START_OBJECT);
        CanvasQuestions canvas = new CanvasQuestions();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "ingredients" -> canvas.setIngredients(localized(p, v));
                case "chemistry" -> canvas.setChemistry(localized(p, v));
                case "trials" -> canvas.setTrials(localized(p, v));
                default -> throw new NotSure();
            }
        }
        return canvas;
    }

    private static LocalizedText localized(JsonParser p, JsonToken value) throws IOException, NotSure {
        expect(value, JsonToken.START_OBJECT);
        LocalizedText text = new LocalizedText();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "nl" -> text.setNl(text(p, v));
                case "en" -> text.setEn(text(p, v));
                default -> throw new NotSure();
            }
        }
        return text;
    }

    private static String text(JsonParser p, JsonToken value) throws IOException, NotSure {
        expect(value, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static LocalTime time(JsonParser p, JsonToken value) throws IOException, NotSure {
        try {
            return LocalTime.parse(text(p, value));
        } catch (DateTimeParseException e) {
            throw new NotSure();
        }
    }

    private static int integer(JsonParser p, JsonToken value) throws IOException, NotSure {
        expect(value, JsonToken.VALUE_NUMBER_INT);
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw new NotSure();
        }
        return p.getIntValue();
    }

    private static boolean bool(JsonToken value) throws NotSure {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw new NotSure();
        }
        return value == JsonToken.VALUE_TRUE;
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws NotSure {
        if (actual != wanted) {
            throw new NotSure();
        }
    }
}

package nl.labtafel.ui.start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionHeader;
import nl.labtafel.model.SessionLimits;
import nl.labtafel.model.SessionTemplate;
import nl.labtafel.model.SessionValidator;
import nl.labtafel.text.Language;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.edit.Parsing;

/**
 * "Nieuwe sessie" without a window: the LAB format chosen from {@code templates/}, the header lines as
 * typed, the groups at the table, and what is wrong with them. {@link #build()} makes the session only
 * when every field reads and the session would load again; otherwise {@link #problemProperty()} says why.
 */
public final class NewSessionViewModel {
    /** A group of the chosen format, ticked when it is at the table tonight. */
    public record GroupChoice(String id, String name, BooleanProperty chosen) {
    }

    private final Messages m;
    private final Language language;
    private final ObservableList<Map.Entry<Path, SessionTemplate>> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Map.Entry<Path, SessionTemplate>> template = new SimpleObjectProperty<>(this, "template");
    /** False until the templates folder has been read (in the background, after the first frame). */
    private boolean templatesRead;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty participants = new SimpleStringProperty(this, "participants", "");
    private final ObservableList<GroupChoice> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public NewSessionViewModel(Messages m, LocalDate today) {
        this.m = m;
        this.language = m.language();
        date.set(today);
        template.addListener((obs, old, chosen) -> {
            if (old == null || chosen == null || !old.getKey().equals(chosen.getKey())) {
                templateChosen(chosen);
            }
        });
    }

    /**
     * Offers the templates; the one chosen before (the lists are read again after a save or a restore) stays
     * chosen, else {@code preferred} (the LAB evening format), else the first.
     */
    public void setTemplates(List<Map.Entry<Path, SessionTemplate>> offered, Path preferred) {
        Path before = template.get() == null ? null : template.get().getKey();
        templatesRead = true;
        templates.setAll(offered);
        offered.stream().filter(e -> e.getKey().equals(before)).findFirst()
                .or(() -> offered.stream().filter(e -> e.getKey().equals(preferred)).findFirst())
                .or(() -> offered.stream().findFirst())
                .ifPresentOrElse(template::set, () -> template.set(null));
    }

    /** A template's name in the interface language, as the list shows it. */
    public String name(SessionTemplate t) {
        return t.getName().get(language);
    }

    private void templateChosen(Map.Entry<Path, SessionTemplate> chosen) {
        groups.clear();
        if (chosen == null) {
            return;
        }
        SessionTemplate t = chosen.getValue();
        start.set(t.getStartTime() == null ? "" : Parsing.time(t.getStartTime()));
        end.set(t.getEndTime() == null ? "" : Parsing.time(t.getEndTime()));
        for (ActorGroup g : t.getActorGroups()) {
            groups.add(new GroupChoice(g.getId(), g.getName().get(language), new SimpleBooleanProperty(true)));
        }
    }

    /** The new session; empty (with the reason in {@link #problemProperty()}) when a field cannot be read. */
    public Optional<Session> build() {
        Map.Entry<Path, SessionTemplate> chosen = template.get();
        List<String> wrong = new ArrayList<>();
        if (chosen == null) {
            // Before the folder has been read, "there is no template" would be untrue (issue 13's seed run).
            wrong.add(m.get(templatesRead ? "new.noTemplate" : "new.templatesReading"));
        }
        if (title.get().isBlank()) {
            wrong.add(m.format("new.missing", m.get("header.title")));
        }
        LocalTime startTime = time(start.get(), "header.start", wrong);
        LocalTime endTime = time(end.get(), "header.end", wrong);
        String countText = participants.get();
        Integer count = countText.isBlank() ? null : Parsing.count(countText, SessionLimits.PARTICIPANTS);
        if (count == null && !countText.isBlank()) {
            wrong.add(m.format("new.badCount", countText));
        }
        if (!wrong.isEmpty()) {
            problem.set(String.join("\n", wrong));
            return Optional.empty();
        }
        Session session = chosen.getValue().newSession(title.get().strip(), date.get());
        session.setLanguage(language.code());
        SessionHeader header = session.getHeader();
        header.setSubject(subject.get().strip());
        header.setStartTime(startTime);
        header.setEndTime(endTime);
        header.setPlace(place.get().strip());
        header.setParticipantCount(count);
        groups.stream().filter(g -> g.chosen().get()).forEach(g -> header.getStakeholderGroups().add(g.id()));
        // Never open a session that could be saved but not loaded again (e.g. end before start).
        List<String> invalid = SessionValidator.validate(session).stream().map(p -> p.render(m)).toList();
        problem.set(String.join("\n", invalid));
        return invalid.isEmpty() ? Optional.of(session) : Optional.empty();
    }

    private LocalTime time(String text, String fieldKey, List<String> wrong) {
        if (text.isBlank()) {
            return null;
        }
        LocalTime time = Parsing.time(text);
        if (time == null) {
            wrong.add(m.format("new.badTime", m.get(fieldKey), text));
        }
        return time;
    }

    public ObservableList<Map.Entry<Path, SessionTemplate>> templates() {
        return templates;
    }

    public ObjectProperty<Map.Entry<Path, SessionTemplate>> templateProperty() {
        return template;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    /** The chosen format's groups, in its order; replaced when another format is chosen. */
    public ObservableList<GroupChoice> groups() {
        return groups;
    }

    /** What is wrong, one line per problem; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

package nl.labtafel.export;

import java.util.ArrayList;
import java.util.List;
import nl.labtafel.model.ActionTrace;
import nl.labtafel.model.CarriedFrom;

/** "Proef „Taalmaatjes koppelen” · team Taal" or "Uit Arbeidsmigranten LAB (24 april 2018), actie 3". */
final class OriginText {
    private OriginText() {
    }

    static String of(ActionTrace trace, ExportLabels labels) {
        List<String> parts = new ArrayList<>();
        String trial = trace.trialText().strip();
        if (!trial.isEmpty()) {
            parts.add(labels.format("origin.trial", trial));
        }
        if (trace.team().isPresent() && !trace.themeName().isBlank()) {
            parts.add(labels.format("origin.team", trace.themeName()));
        }
        if (!trace.notes().isEmpty()) {
            parts.add(labels.format("origin.notes", trace.notes().size()));
        }
        trace.carriedFrom().ifPresent(from -> parts.add(carried(from, labels)));
        return String.join(" \u00b7 ", parts);
    }

    static String carried(CarriedFrom from, ExportLabels labels) {
        String session = from.getSessionTitle() == null || from.getSessionTitle().isBlank()
                ? from.getSessionFile() : from.getSessionTitle();
        if (from.getSessionDate() != null) {
            session = labels.format("xlsx.sessionName", session, labels.date(from.getSessionDate()));
        }
        return from.getNumber() == null ? labels.format("origin.carried", session)
                : labels.format("origin.carriedNumber", session, from.getNumber());
    }
}

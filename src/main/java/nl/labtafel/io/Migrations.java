package nl.labtafel.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings an older session file up to {@link Json#SCHEMA_VERSION}, one version at a time, on the JSON tree.
 * Each step is a pure function from version N to N+1 so it can be tested on a hand-made file.
 * <p>
 * An optional field added later needs no step and no new version: a file without it loads with the field's
 * default, and an older build ignores it. So came {@code phases[].summary} and {@code actions[].progress}
 * (empty when absent) within version 2, and {@code themes[].insightIds} (a theme's source insights, issue 13;
 * empty when absent) within version 3.
 */
final class Migrations {
    /** STEPS.get(i) migrates version i+1 to version i+2. */
    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of(Migrations::v1ToV2, Migrations::v2ToV3);

    /**
     * The oldest version whose file binds straight to the current model (keeping line numbers in messages),
     * because every later step only added optional fields.
     */
    static final int BINDS_DIRECTLY_FROM = 2;

    private Migrations() {
    }

    static ObjectNode migrate(ObjectNode root, int fromVersion) {
        ObjectNode current = root;
        for (int v = fromVersion; v < Json.SCHEMA_VERSION; v++) {
            current = STEPS.get(v - 1).apply(current);
        }
        current.put(Json.SCHEMA_VERSION_FIELD, Json.SCHEMA_VERSION);
        return current;
    }

    /**
     * Version 1 (the first prototype) stored a note's group as {@code "actor"}, its place as
     * {@code "position": {"x", "y"}}, and insights as plain strings without ids.
     */
    private static ObjectNode v1ToV2(ObjectNode root) {
        if (!(root.get("phases") instanceof ArrayNode phases) || phases.isEmpty()) {
            root.set("phases", labEvening(root.arrayNode()));
        }
        if (root.get("notes") instanceof ArrayNode notes) {
            for (JsonNode node : notes) {
                if (node instanceof ObjectNode note) {
                    if (note.has("actor") && !note.has("actorGroupId")) {
                        note.set("actorGroupId", note.remove("actor"));
                    }
                    if (note.remove("position") instanceof ObjectNode position) {
                        note.set("x", position.get("x"));
                        note.set("y", position.get("y"));
                    }
                }
            }
        }
        if (root.get("insights") instanceof ObjectNode insights) {
            int counter = 0;
            for (String list : List.of("observations", "opportunities", "challenges", "ideas")) {
                if (insights.get(list) instanceof ArrayNode items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i).isTextual()) {
                            ObjectNode item = items.objectNode();
                            item.put("id", "i-v1-" + (++counter));
                            item.put("text", items.get(i).asText());
                            items.set(i, item);
                        }
                    }
                }
            }
        }
        return root;
    }

    /**
     * The first prototype had no agenda; a session needs one (issue 11), so a migrated one gets the LAB evening
     * of the seed minutes, as {@code templates/lab-sessie.json} has it.
     */
    private static ArrayNode labEvening(ArrayNode phases) {
        String[][] evening = {
            {"intro", "INTRODUCTION", "Introductie", "Introduction", "10"},
            {"inventory", "INVENTORY", "Blik van vandaag, (over)morgen", "Today, tomorrow and beyond", "25"},
            {"insights", "INSIGHTS", "Kansen en uitdagingen", "Opportunities and challenges", "20"},
            {"themes", "THEMES", "Thema's", "Themes", "15"},
            {"teams", "RESEARCH_TEAMS", "Onderzoeksteams", "Research teams", "35"},
            {"followup", "FOLLOW_UP", "Vervolg en afspraken", "Follow-up and actions", "15"}};
        for (String[] p : evening) {
            ObjectNode phase = phases.addObject();
            phase.put("id", p[0]);
            phase.put("kind", p[1]);
            phase.putObject("name").put("nl", p[2]).put("en", p[3]);
            phase.put("minutes", Integer.parseInt(p[4]));
        }
        return phases;
    }

    /**
     * Version 3 added follow-up sessions: an optional {@code "series"} link, actions' optional
     * {@code "remark"} and {@code "carriedFrom"}, and the status {@code DROPPED}. Everything new is optional,
     * so a version 2 file means exactly the same in version 3; the step only records that.
     */
    private static ObjectNode v2ToV3(ObjectNode root) {
        return root;
    }
}

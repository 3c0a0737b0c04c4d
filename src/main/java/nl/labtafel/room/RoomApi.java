package nl.labtafel.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.labtafel.model.CanvasLane;
import nl.labtafel.model.InsightKind;
import nl.labtafel.model.RoomItem;
import nl.labtafel.model.RoomItemKind;
import nl.labtafel.model.RoomItemStatus;

/** The JSON the phone page and the server exchange. Anything that does not parse is a 400, never a 500. */
final class RoomApi {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    /** One item as the phone sends it. */
    record ItemRequest(String key, RoomItemKind kind, String text, String group, String organisation,
                       InsightKind insightKind, String teamId, CanvasLane lane) {
        RoomItem toItem() {
            RoomItem item = new RoomItem(key, kind, text == null ? "" : text);
            item.setActorGroupId(group == null || group.isBlank() ? null : group);
            item.setOrganisation(organisation == null ? "" : organisation);
            item.setInsightKind(insightKind);
            item.setTeamId(teamId);
            item.setLane(lane);
            return item;
        }
    }

    record BallotRequest(String ballot, List<String> themes) {
    }

    record StatusRequest(List<String> keys) {
    }

    private RoomApi() {
    }

    static <T> T read(byte[] body, Class<T> type) throws IOException {
        return MAPPER.readValue(body, type);
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The room's answers always serialise", e);
        }
    }

    static byte[] refusal(Refusal refusal, RoomLimits limits, long retryAfter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", refusal.code());
        if (refusal == Refusal.TOO_LONG) {
            body.put("limit", limits.maxChars());
        }
        if (retryAfter > 0) {
            body.put("retryAfter", retryAfter);
        }
        return write(body);
    }

    static byte[] received(String key, RoomItemStatus status) {
        return write(Map.of("key", key, "status", status.name()));
    }
}

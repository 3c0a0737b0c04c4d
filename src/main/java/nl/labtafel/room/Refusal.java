package nl.labtafel.room;

/**
 * Why the room server said no, with the HTTP status and a code the phone page turns into a sentence in
 * the phone's language.
 */
public enum Refusal {
    BAD_REQUEST(400, "badRequest"),
    WRONG_SECRET(403, "wrongSecret"),
    NOT_FOUND(404, "notFound"),
    METHOD(405, "method"),
    WRONG_PHASE(409, "wrongPhase"),
    VOTING_CLOSED(409, "votingClosed"),
    TOO_LARGE(413, "tooLarge"),
    EMPTY(422, "empty"),
    TOO_LONG(422, "tooLong"),
    UNKNOWN_GROUP(422, "unknownGroup"),
    UNKNOWN_TEAM(422, "unknownTeam"),
    UNKNOWN_THEME(422, "unknownTheme"),
    TOO_MANY_DOTS(422, "tooManyDots"),
    TOO_MANY(429, "tooMany"),
    ROOM_FULL(503, "roomFull"),
    NOT_SAVED(503, "notSaved");

    private final int status;
    private final String code;

    Refusal(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

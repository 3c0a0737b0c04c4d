package nl.labtafel.export;

/**
 * The Word styles an export uses, by the name Word stores for them. Built-in styles keep their English
 * name in every Word language (Dutch Word saves "heading 1" with id "Kop1"), so the name is what we look
 * up; the id is whatever the template says.
 */
enum StyleRole {
    NORMAL("Normal", "Standaard", Kind.PARAGRAPH),
    TITLE("Title", "Titel", Kind.PARAGRAPH),
    SUBTITLE("Subtitle", "Ondertitel", Kind.PARAGRAPH),
    HEADING_1("heading 1", "Kop 1", Kind.PARAGRAPH),
    HEADING_2("heading 2", "Kop 2", Kind.PARAGRAPH),
    HEADING_3("heading 3", "Kop 3", Kind.PARAGRAPH),
    LIST_BULLET("List Bullet", "Lijstopsommingsteken", Kind.PARAGRAPH),
    LIST_NUMBER("List Number", "Lijstnummering", Kind.PARAGRAPH),
    CAPTION("caption", "Bijschrift", Kind.PARAGRAPH),
    STRONG("Strong", "Zwaar", Kind.CHARACTER),
    TABLE("Labtafel Tabel", "Labtafel Tabel", Kind.TABLE);

    enum Kind { PARAGRAPH, CHARACTER, TABLE }

    private final String styleName;
    private final String dutchWordName;
    private final Kind kind;

    StyleRole(String styleName, String dutchWordName, Kind kind) {
        this.styleName = styleName;
        this.dutchWordName = dutchWordName;
        this.kind = kind;
    }

    /** The name as Word stores it ({@code w:name}); matched without regard to case, as Word does. */
    String styleName() {
        return styleName;
    }

    Kind kind() {
        return kind;
    }

    /** What Dutch Word shows in its styles pane, so a message can name the style the organiser sees. */
    String dutchWordName() {
        return dutchWordName;
    }
}

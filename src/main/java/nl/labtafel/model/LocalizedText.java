package nl.labtafel.model;

import java.util.Objects;
import nl.labtafel.text.Language;

/** A short text in Dutch and English, as templates carry them (phase names, canvas questions). */
public final class LocalizedText {
    private String nl = "";
    private String en = "";

    public LocalizedText() {
    }

    public LocalizedText(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    /** The text in the given language, falling back to the other one when empty. */
    public String get(Language language) {
        boolean english = language == Language.ENGLISH;
        String preferred = english ? en : nl;
        String other = english ? nl : en;
        return preferred == null || preferred.isBlank() ? Objects.requireNonNullElse(other, "") : preferred;
    }

    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }

    public LocalizedText copy() {
        return new LocalizedText(nl, en);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(nl, t.nl) && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nl, en);
    }

    @Override
    public String toString() {
        return nl;
    }
}

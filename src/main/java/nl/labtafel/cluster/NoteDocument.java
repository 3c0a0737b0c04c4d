package nl.labtafel.cluster;

import java.util.function.BiConsumer;
import org.carrot2.clustering.Document;

/**
 * A note as Carrot2 sees it: its text, plus the parts of its Dutch compounds in a field of their own, so that
 * parts add shared features without gluing words into phrases that never occurred on the post-it.
 */
record NoteDocument(String noteId, String text, String compoundParts) implements Document {
    static final String TEXT = "text";
    static final String PARTS = "parts";

    @Override
    public void visitFields(BiConsumer<String, String> fieldConsumer) {
        fieldConsumer.accept(TEXT, text);
        if (!compoundParts.isEmpty()) {
            fieldConsumer.accept(PARTS, compoundParts);
        }
    }
}

package nl.labtafel.ui.inventory;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.Note;

/**
 * Mouse on the board: click selects (Shift/Ctrl adds), double-click edits, dragging a note moves the
 * selection (translate only, one command on release), dragging the background pans (also with the
 * middle button or Space held), Shift/Ctrl-dragging the background draws a rubber band,
 * Ctrl+wheel zooms around the pointer and the plain wheel scrolls.
 */
final class BoardMouse {
    private enum Gesture { NONE, MOVE, PAN, BAND }

    private final BoardView board;
    private final BoardViewModel model;
    private Gesture gesture = Gesture.NONE;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private boolean spaceDown;
    private List<Note> dragged = List.of();

    BoardMouse(BoardView board, BoardViewModel model) {
        this.board = board;
        this.model = model;
        board.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        board.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        board.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        board.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        board.addEventHandler(KeyEvent.KEY_PRESSED, e -> spaceDown |= e.getCode() == KeyCode.SPACE);
        board.addEventHandler(KeyEvent.KEY_RELEASED, e -> spaceDown &= e.getCode() != KeyCode.SPACE);
    }

    private void pressed(MouseEvent e) {
        if (board.editor().isEditing() && noteNodeOf(e) != null && board.editor().isEditing(noteNodeOf(e))) {
            return;
        }
        if (board.editor().isEditing()) {
            board.editor().commit();
        }
        board.requestFocus();
        startX = lastX = e.getX();
        startY = lastY = e.getY();
        moved = false;
        NoteNode node = noteNodeOf(e);
        Note note = node != null ? node.note() : board.isOverview() ? board.noteAt(e.getX(), e.getY()) : null;
        boolean extend = e.isShiftDown() || e.isShortcutDown();
        if (e.getButton() == MouseButton.MIDDLE || spaceDown) {
            gesture = Gesture.PAN;
        } else if (note != null && e.getButton() == MouseButton.PRIMARY) {
            if (e.getClickCount() == 2) {
                gesture = Gesture.NONE;
                model.select(note, false);
                board.editor().start(note);
                e.consume();
                return;
            }
            if (extend || !model.selection().contains(note.getId())) {
                model.select(note, extend);
            }
            gesture = model.selection().contains(note.getId()) ? Gesture.MOVE : Gesture.NONE;
            dragged = model.selectedNotes();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            gesture = extend ? Gesture.BAND : Gesture.PAN;
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        moved |= Math.abs(e.getX() - startX) + Math.abs(e.getY() - startY) > 3;
        double s = board.effectiveScale();
        switch (gesture) {
            case MOVE -> {
                if (moved) {
                    cache(true);
                    board.dragOffset(dragged, (e.getX() - startX) / s, (e.getY() - startY) / s);
                }
            }
            case PAN -> board.panBy(e.getX() - lastX, e.getY() - lastY);
            case BAND -> {
                Rectangle band = board.rubberBand();
                band.setVisible(true);
                band.setX(Math.min(startX, e.getX()));
                band.setY(Math.min(startY, e.getY()));
                band.setWidth(Math.abs(e.getX() - startX));
                band.setHeight(Math.abs(e.getY() - startY));
            }
            default -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        double s = board.effectiveScale();
        switch (gesture) {
            case MOVE -> {
                board.dragOffset(dragged, 0, 0);
                cache(false);
                if (moved) {
                    List<Note> notes = dragged;
                    ActorGroup joined = model.dropNotes(notes, (e.getX() - startX) / s, (e.getY() - startY) / s);
                    if (joined != null) {
                        board.regrouped(notes, joined);
                    }
                }
            }
            case BAND -> {
                board.rubberBand().setVisible(false);
                Point2D a = board.toBoard(Math.min(startX, e.getX()), Math.min(startY, e.getY()));
                Point2D b = board.toBoard(Math.max(startX, e.getX()), Math.max(startY, e.getY()));
                board.notesIn(new Rectangle2D(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY()))
                        .forEach(n -> model.selection().add(n.getId()));
            }
            case PAN -> {
                if (!moved) {
                    model.selection().clear();
                }
            }
            default -> { }
        }
        gesture = Gesture.NONE;
        dragged = List.of();
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            board.zoomBy(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else {
            board.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    /** The dragged notes are drawn from a cached bitmap while they move, so a drag re-renders no text. */
    private void cache(boolean on) {
        for (Note note : dragged) {
            NoteNode node = board.nodeOf(note.getId());
            if (node != null && node.isCache() != on) {
                node.setCache(on);
                node.setCacheHint(on ? CacheHint.SPEED : CacheHint.DEFAULT);
                if (on) {
                    node.toFront();
                }
            }
        }
    }

    private static NoteNode noteNodeOf(MouseEvent e) {
        Node node = e.getPickResult().getIntersectedNode();
        while (node != null && !(node instanceof NoteNode)) {
            node = node.getParent();
        }
        return (NoteNode) node;
    }
}

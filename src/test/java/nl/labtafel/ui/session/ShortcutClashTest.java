package nl.labtafel.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCombination;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.ui.Workspaces;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.inventory.BoardTestSessions;
import nl.labtafel.ui.look.Look;
import nl.labtafel.ui.shortcuts.ShortcutTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every key means one thing in every phase: the window's shortcuts and the shown workspace's never
 * share a key (Ctrl+Shift+R once opened both room input and the series overview; the first row won).
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutClashTest {

    @Test
    void noTwoRowsShareAKeyInAnyPhase(FxRobot robot) {
        SessionContext context = BoardTestSessions.context(BoardTestSessions.threeGroups());
        SessionActions.Handlers handlers = (SessionActions.Handlers) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SessionActions.Handlers.class},
                (proxy, method, args) -> method.getName().equals("currentLook") ? Look.LIGHT : null);
        Workspaces workspaces = Workspaces.standard();
        List<String> clashes = new ArrayList<>();
        robot.interact(() -> {
            for (PhaseKind kind : PhaseKind.values()) {
                Workspace workspace = workspaces.create(workspaces.shownKind(kind), context);
                Map<KeyCombination, String> seen = new HashMap<>();
                for (ShortcutTable.Row row : SessionActions.table(context, handlers, workspace).rows()) {
                    List<KeyCombination> keys = new ArrayList<>(row.aliases());
                    if (row.spec().shortcut() != null) {
                        keys.add(row.spec().shortcut());
                    }
                    for (KeyCombination key : keys) {
                        String before = seen.put(key, row.spec().id());
                        if (before != null) {
                            clashes.add(kind + ": " + key.getDisplayText() + " is " + before + " and " + row.spec().id());
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), clashes);
    }
}

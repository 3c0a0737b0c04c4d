package nl.labtafel.ui;

import nl.labtafel.ui.audience.FxTextMeasure;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import nl.labtafel.model.PhaseKind;
import nl.labtafel.ui.common.SessionContext;
import nl.labtafel.ui.common.Workspace;
import nl.labtafel.ui.common.WorkspaceCatalog;
import nl.labtafel.ui.followup.FollowUpWorkspace;
import nl.labtafel.ui.insights.InsightsWorkspace;
import nl.labtafel.ui.introduction.IntroductionWorkspace;
import nl.labtafel.ui.inventory.InventoryWorkspace;
import nl.labtafel.ui.series.WithSidePanel;
import nl.labtafel.ui.teams.TeamsWorkspace;
import nl.labtafel.ui.themes.ThemesWorkspace;

/**
 * Which workspace the session window shows for each kind of phase. A kind without an entry shows the
 * introduction (header and purpose) until its workspace exists.
 */
public final class Workspaces implements WorkspaceCatalog {
    private final Map<PhaseKind, Function<SessionContext, Workspace>> factories = new EnumMap<>(PhaseKind.class);

    public static Workspaces standard() {
        Workspaces w = new Workspaces();
        // A follow-up session shows "Sinds de vorige keer" beside its introduction, and "Herkomst" beside its actions.
        w.factories.put(PhaseKind.INTRODUCTION, c -> WithSidePanel.sinceLastTime(new IntroductionWorkspace(c), c));
        // The board's group titles break as the room's screen breaks them (one rule, the audience view's).
        w.factories.put(PhaseKind.INVENTORY, c -> new InventoryWorkspace(c, new FxTextMeasure()::wrap));
        w.factories.put(PhaseKind.INSIGHTS, InsightsWorkspace::new);
        w.factories.put(PhaseKind.THEMES, ThemesWorkspace::new);
        w.factories.put(PhaseKind.RESEARCH_TEAMS, TeamsWorkspace::new);
        w.factories.put(PhaseKind.FOLLOW_UP, c -> WithSidePanel.origin(new FollowUpWorkspace(c), c));
        return w;
    }

    public Function<SessionContext, Workspace> factory(PhaseKind kind) {
        return factories.getOrDefault(kind, factories.get(PhaseKind.INTRODUCTION));
    }

    @Override
    public Workspace create(PhaseKind kind, SessionContext context) {
        return factory(kind).apply(context);
    }

    /** Itself, or the introduction as fallback. */
    @Override
    public PhaseKind shownKind(PhaseKind kind) {
        return factories.containsKey(kind) ? kind : PhaseKind.INTRODUCTION;
    }
}

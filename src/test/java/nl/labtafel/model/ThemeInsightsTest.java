package nl.labtafel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Insights becoming themes (issue 13): they start or join a theme, stay in their list, and the theme records them. */
class ThemeInsightsTest {

    private static Session session() {
        Session s = new Session();
        s.getPhases().add(new Phase("themes", PhaseKind.THEMES, new LocalizedText("Thema's", "Themes"), 15));
        s.getNotes().add(new Note("n0", "Taalcafé", null));
        s.getInsights().getOpportunities().add(new Insight("i1", "Werkgevers willen meedoen"));
        s.getInsights().getChallenges().add(new Insight("i2", "Draagvlak bij inwoners"));
        s.getInsights().getIdeas().add(new Insight("i3", "Buurtontbijt"));
        return s;
    }

    @Test
    void anInsightStartsAThemeAnotherJoinsAndBothStayInTheirLists() {
        Session s = session();
        Theme theme = ThemeOperations.makeTheme(s, List.of("n0"), List.of("i1"), "Meedoen");
        ThemeOperations.assignInsights(s, List.of("i2"), theme.getId());
        assertEquals(List.of("i1", "i2"), theme.getInsightIds());
        assertEquals("i1", s.getInsights().getOpportunities().get(0).getId(), "the insight stays in its list");
        assertEquals(1, s.getInsights().getChallenges().size());
        assertEquals(theme, s.themeOfInsight("i2").orElseThrow());
        assertEquals(List.of("Werkgevers willen meedoen", "Draagvlak bij inwoners"),
                s.insightsOfTheme(theme).stream().map(Insight::getText).toList());
        assertTrue(SessionValidator.validate(s).isEmpty(), SessionValidator.validate(s).toString());
    }

    @Test
    void joiningAnotherThemeLeavesTheFirstAndMergeAndDeleteKeepTheInsight() {
        Session s = session();
        Theme a = ThemeOperations.makeTheme(s, List.of(), List.of("i1"), "A");
        Theme b = ThemeOperations.makeTheme(s, List.of(), List.of("i2"), "B");
        ThemeOperations.assignInsights(s, List.of("i1"), b.getId());
        assertEquals(List.of(), a.getInsightIds(), "an insight is in one theme");
        ThemeOperations.assignInsights(s, List.of("i1"), a.getId());
        ThemeOperations.merge(s, b.getId(), a.getId());
        assertEquals(List.of("i2", "i1"), b.getInsightIds());
        ThemeOperations.delete(s, b.getId());
        assertTrue(s.themeOfInsight("i1").isEmpty());
        assertEquals(3, s.getInsights().size(), "deleting a theme never deletes an insight");
    }

    @Test
    void theValidatorNamesAMissingInsightAndOneInTwoThemes() {
        Session s = session();
        Theme a = ThemeOperations.makeTheme(s, List.of(), List.of("i1"), "A");
        Theme b = ThemeOperations.makeTheme(s, List.of(), List.of(), "B");
        b.getInsightIds().add("i1");
        a.getInsightIds().add("gone");
        List<String> paths = SessionValidator.validate(s).stream().map(Problem::path).toList();
        assertEquals(List.of("themes[0].insightIds[1]", "themes[1].insightIds[0]"), paths);
    }
}

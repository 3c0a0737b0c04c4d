package nl.labtafel.model;

/** The three questions at the top of each research-team canvas, in both languages. */
public final class CanvasQuestions {
    private LocalizedText ingredients = new LocalizedText(
            "Wat is er nodig? (grondstoffen)", "What is needed? (ingredients)");
    private LocalizedText chemistry = new LocalizedText(
            "Wie kan wat bijdragen? (chemie)", "Who can contribute what? (chemistry)");
    private LocalizedText trials = new LocalizedText(
            "Wat is een mogelijk vervolg? (proeven)", "What could come next? (trials)");

    public LocalizedText question(CanvasLane lane) {
        return switch (lane) {
            case INGREDIENTS -> ingredients;
            case CHEMISTRY -> chemistry;
            case TRIALS -> trials;
        };
    }

    public LocalizedText getIngredients() { return ingredients; }
    public void setIngredients(LocalizedText ingredients) { this.ingredients = ingredients; }
    public LocalizedText getChemistry() { return chemistry; }
    public void setChemistry(LocalizedText chemistry) { this.chemistry = chemistry; }
    public LocalizedText getTrials() { return trials; }
    public void setTrials(LocalizedText trials) { this.trials = trials; }

    public CanvasQuestions copy() {
        CanvasQuestions copy = new CanvasQuestions();
        copy.ingredients = ingredients.copy();
        copy.chemistry = chemistry.copy();
        copy.trials = trials.copy();
        return copy;
    }
}

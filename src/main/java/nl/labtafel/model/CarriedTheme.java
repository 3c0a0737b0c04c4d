package nl.labtafel.model;

/** A theme a research team worked on last time, with its outcome and "mogelijk vervolg": a starting point. */
public final class CarriedTheme {
    private String name = "";
    private String outcome = "";
    private String nextStep = "";

    public CarriedTheme() {
    }

    public CarriedTheme(String name, String outcome, String nextStep) {
        this.name = name;
        this.outcome = outcome;
        this.nextStep = nextStep;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }

    public CarriedTheme copy() {
        return new CarriedTheme(name, outcome, nextStep);
    }
}

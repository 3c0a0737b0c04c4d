package nl.labtafel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What stood out, the opportunities, the challenges and the ideas, each an ordered list. */
public final class Insights {
    private List<Insight> observations = new ArrayList<>();
    private List<Insight> opportunities = new ArrayList<>();
    private List<Insight> challenges = new ArrayList<>();
    private List<Insight> ideas = new ArrayList<>();

    public List<Insight> list(InsightKind kind) {
        return switch (kind) {
            case OBSERVATIONS -> observations;
            case OPPORTUNITIES -> opportunities;
            case CHALLENGES -> challenges;
            case IDEAS -> ideas;
        };
    }

    /** The point with this id, in whichever list it stands. */
    public Optional<Insight> find(String id) {
        for (InsightKind kind : InsightKind.values()) {
            for (Insight insight : list(kind)) {
                if (insight.getId() != null && insight.getId().equals(id)) {
                    return Optional.of(insight);
                }
            }
        }
        return Optional.empty();
    }

    /** The list the point with this id stands in. */
    public Optional<InsightKind> kindOf(String id) {
        for (InsightKind kind : InsightKind.values()) {
            if (list(kind).stream().anyMatch(i -> i.getId() != null && i.getId().equals(id))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return observations.size() + opportunities.size() + challenges.size() + ideas.size();
    }

    public List<Insight> getObservations() { return observations; }
    public void setObservations(List<Insight> observations) { this.observations = observations; }
    public List<Insight> getOpportunities() { return opportunities; }
    public void setOpportunities(List<Insight> opportunities) { this.opportunities = opportunities; }
    public List<Insight> getChallenges() { return challenges; }
    public void setChallenges(List<Insight> challenges) { this.challenges = challenges; }
    public List<Insight> getIdeas() { return ideas; }
    public void setIdeas(List<Insight> ideas) { this.ideas = ideas; }

    public Insights copy() {
        Insights copy = new Insights();
        for (InsightKind kind : InsightKind.values()) {
            list(kind).forEach(i -> copy.list(kind).add(i.copy()));
        }
        return copy;
    }
}

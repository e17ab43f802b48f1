package se.styrbord.itcost;

import java.util.List;

/** A chart's rule set as it stands from {@code fromYear} until the next version. */
public record RuleVersion(long id, Chart chart, int fromYear, String note, List<Rule> rules) {

    public RuleVersion {
        rules = List.copyOf(rules);
    }

    public Classifier classifier() {
        return new Classifier(rules);
    }
}

package se.styrbord.itcost;

import se.styrbord.shared.Money;

/** An estimate of a unit's shadow IT, IT not sanctioned centrally (report 3.2 category 4). */
public record ShadowEstimate(
        long id, int year, String unitCode, Money amount, String description, Confidence confidence, String source) {

    public enum Confidence {
        LOW,
        MEDIUM,
        HIGH
    }
}

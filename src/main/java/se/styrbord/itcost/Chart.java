package se.styrbord.itcost;

/** The chart of accounts an entity keeps its books in, which decides the rule set that classifies them. */
public enum Chart {
    /** BAS, the chart of companies (the group's municipal companies). */
    BAS,
    /** Kommun-Bas, SKR's chart of municipalities, extended locally by each municipality. */
    KOMMUN_BAS
}

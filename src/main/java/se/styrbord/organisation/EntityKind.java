package se.styrbord.organisation;

/** The two kinds of legal entity in a municipal group. */
public enum EntityKind {
    MUNICIPALITY,
    COMPANY
}

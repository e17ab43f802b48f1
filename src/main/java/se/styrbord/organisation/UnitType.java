package se.styrbord.organisation;

/** What a unit is in the group; the central functions matter to IT cost and allocation. */
public enum UnitType {
    /** A department of the municipality (förvaltning). */
    DEPARTMENT,
    /** The central IT service centre, the internal IT supplier (SC-IT). */
    IT_SERVICE_CENTRE,
    /** The central digitalisation department. */
    DIGITALISATION,
    /** Another central function, such as the group's central staff (koncernstab). */
    CENTRAL_FUNCTION,
    /** A municipal company (bolag), one unit unless split. */
    COMPANY
}

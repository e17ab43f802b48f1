package se.styrbord.catalogue;

/** A service's status in a year: added in it, retired in it (retirement wins when both), offered all of it, or not offered. */
public enum ServiceStatus {
    ADDED,
    ACTIVE,
    RETIRED,
    NOT_OFFERED
}

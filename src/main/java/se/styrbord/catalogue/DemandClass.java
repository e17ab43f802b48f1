package se.styrbord.catalogue;

/** Whether a service's demand is steady enough for buy/sell (report 5, Figures 7 and 9). */
public enum DemandClass {
    STABLE,
    FLUCTUATING
}

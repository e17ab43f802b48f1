package se.styrbord.site;

/**
 * A page that a module contributes to one of the six areas: declare it as a bean and the area's
 * page lists it. {@code path} is relative to the group, e.g. {@code "allocation/2021"} becomes
 * {@code /9999/allocation/2021}; {@code titleKey} and {@code descriptionKey} are message keys.
 */
public record AreaLink(Area area, String path, String titleKey, String descriptionKey, int order) {}

package se.styrbord.site;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six challenges of the report (4.1) by which the site is navigated, each with the
 * recommendations (4.3) it carries.
 */
public enum Area {
    GRANSDRAGNING("gransdragning", "1a–1d"),
    BALANSERING("balansering", "2a–2c"),
    FORVALTNINGSBIAS("forvaltningsbias", "3a–3c"),
    TAKTNING("taktning", "4a–4c"),
    SPARBARHET("sparbarhet", "5a–5c"),
    ORGANISERING("organisering", "6a–6b");

    private final String slug;
    private final String recommendations;

    Area(String slug, String recommendations) {
        this.slug = slug;
        this.recommendations = recommendations;
    }

    public String slug() {
        return slug;
    }

    public String recommendations() {
        return recommendations;
    }

    public static Optional<Area> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}

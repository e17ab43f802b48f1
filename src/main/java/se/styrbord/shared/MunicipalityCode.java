package se.styrbord.shared;

import java.util.regex.Pattern;

/**
 * The national four-digit municipality code (SCB), e.g. 2281 for Sundsvall. It names a municipal
 * group and is the tenant key of every table and API path.
 */
public record MunicipalityCode(String value) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    public MunicipalityCode {
        if (value == null || !FOUR_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A municipality code has four digits, not '" + value + "'");
        }
    }

    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value == null ? null : value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}

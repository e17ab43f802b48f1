package se.styrbord.shared;

/**
 * A Swedish organisation number, normalised to {@code NNNNNN-NNNN}. The last digit is a Luhn check
 * digit; municipalities have numbers starting 212 (e.g. Sundsvall 212000-2411).
 */
public record OrgNumber(String value) {

    public OrgNumber {
        if (value == null || !value.matches("\\d{6}-\\d{4}")) {
            throw new IllegalArgumentException("An organisation number is written NNNNNN-NNNN, not '" + value + "'");
        }
        if (!luhnValid(value.replace("-", ""))) {
            throw new IllegalArgumentException("Organisation number " + value + " has a wrong check digit");
        }
    }

    /** Accepts {@code 5560000000}, {@code 556000-0000} and {@code 16556000-0000}. */
    public static OrgNumber parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("An organisation number is missing");
        }
        return new OrgNumber(normalForm(raw)
                .orElseThrow(() -> new IllegalArgumentException(
                        "An organisation number has ten digits, not '" + raw.strip() + "'")));
    }

    /**
     * The ten digits of a number as written ({@code 5560000000}, {@code 556000-0000}, {@code
     * 16556000-0000}) in the form {@code 556000-0000}, whether or not its check digit is right;
     * empty when it does not have ten digits.
     */
    public static java.util.Optional<String> normalForm(String raw) {
        String digits = raw.strip().replace("-", "").replace(" ", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        return digits.matches("\\d{10}")
                ? java.util.Optional.of(digits.substring(0, 6) + "-" + digits.substring(6))
                : java.util.Optional.empty();
    }

    /** True for the numbers of municipalities and regions (group 2, "kommuner och regioner": 212…). */
    public boolean isMunicipality() {
        return value.startsWith("212");
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}

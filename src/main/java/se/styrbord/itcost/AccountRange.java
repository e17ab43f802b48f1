package se.styrbord.itcost;

import se.styrbord.shared.InvalidInput;

/**
 * A range of account prefixes, e.g. {@code 6211–6214} or {@code 64}: an account matches when its
 * first digits, as many as the range's bounds have, lie between the bounds. So {@code 5420} matches
 * 5420 and the local sub-accounts 54201, 542010, and {@code 41–79} every account of classes 4.1–7.
 * Municipal charts extend three- and four-digit accounts with sub-accounts (sie.md §4), which is why
 * ranges are prefixes, not numbers.
 */
public record AccountRange(String from, String to) {

    /** Bounds have at most this many digits; widths are counted at this length. */
    public static final int MAX_DIGITS = 12;

    public AccountRange {
        if (!from.matches("\\d{1," + MAX_DIGITS + "}")
                || !to.matches("\\d{1," + MAX_DIGITS + "}")
                || from.length() != to.length()
                || from.compareTo(to) > 0) {
            throw InvalidInput.of("accounts", "itcost.rule.accounts", from + "–" + to);
        }
    }

    /** Reads {@code 5420}, {@code 6211-6214} or {@code 6211–6214}. */
    public static AccountRange parse(String text) {
        String[] parts = text.strip().split("\\s*[-–]\\s*", -1);
        if (parts.length == 1) {
            return new AccountRange(parts[0], parts[0]);
        }
        if (parts.length == 2) {
            return new AccountRange(parts[0], parts[1]);
        }
        throw InvalidInput.of("accounts", "itcost.rule.accounts", text);
    }

    public boolean matches(String account) {
        int length = from.length();
        if (account.length() < length) {
            return false;
        }
        String prefix = account.substring(0, length);
        return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0;
    }

    /** How many accounts of {@link #MAX_DIGITS} digits the range covers: the narrower, the more specific. */
    public long width() {
        long count = Long.parseLong(to) - Long.parseLong(from) + 1;
        for (int i = from.length(); i < MAX_DIGITS; i++) {
            count *= 10;
        }
        return count;
    }

    @Override
    public String toString() {
        return from.equals(to) ? from : from + "–" + to;
    }
}

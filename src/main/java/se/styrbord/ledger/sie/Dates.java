package se.styrbord.ledger.sie;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Dates YYYYMMDD (SIE 4C §5.10) from digits, through a cache: a file has few distinct dates. */
final class Dates {

    /** By year modulo 8, month and day: the dates of a few years never evict each other. */
    private final int[] keys = new int[8 * 16 * 32];

    private final LocalDate[] dates = new LocalDate[8 * 16 * 32];

    /** The date of {@code key} YYYYMMDD through the cache, or null when not a valid date. */
    @Nullable
    LocalDate of(int key) {
        if (key < 0) {
            return null;
        }
        int slot = ((key / 10000 & 7) << 9) | ((key / 100 % 100 & 15) << 5) | (key % 100 & 31);
        LocalDate cached = dates[slot];
        if (cached != null && keys[slot] == key) {
            return cached;
        }
        int year = key / 10000;
        int month = key / 100 % 100;
        int day = key % 100;
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        keys[slot] = key;
        dates[slot] = date;
        return date;
    }

    /** The number written by the ASCII digits {@code b[s, e)}, or -1 when empty or not all digits. */
    static int digits(byte[] b, int s, int e) {
        if (s >= e) {
            return -1;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}

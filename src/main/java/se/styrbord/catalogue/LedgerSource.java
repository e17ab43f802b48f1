package se.styrbord.catalogue;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import se.styrbord.itcost.AccountRange;

/**
 * Where a service's use is found in the ledgers: the buying units' internal purchases of it, booked
 * on an account range (prefixes, as in the IT-cost rules) and, when {@code object} is given
 * ({@code dim=object}, e.g. a service or activity object), only on rows that carry that object.
 */
public record LedgerSource(
        String serviceCode, AccountRange accounts, @Nullable String object) {

    public LedgerSource {
        requireNonNull(serviceCode, "serviceCode");
        requireNonNull(accounts, "accounts");
    }

    /** Whether a voucher row with this account and object list ({@code 1=100|22=ELEV}) is one of the service's. */
    public boolean matches(String account, String objects) {
        return accounts.matches(account) && (object == null || ("|" + objects + "|").contains("|" + object + "|"));
    }

    @Override
    public String toString() {
        return object == null ? accounts.toString() : accounts + " " + object;
    }
}

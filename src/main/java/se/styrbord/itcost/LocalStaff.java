package se.styrbord.itcost;

import java.math.BigDecimal;
import se.styrbord.shared.Money;

/**
 * People in a unit whose job is IT and who are not found in the ledgers (report 3.2 category 3):
 * {@code amount} = FTE × yearly cost per FTE including employer fees (domain.md).
 */
public record LocalStaff(
        long id, int year, String unitCode, String role, BigDecimal fte, Money costPerFte, String note) {

    public Money amount() {
        return costPerFte.times(fte);
    }
}

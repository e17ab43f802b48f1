package se.styrbord.catalogue;

import java.util.Optional;
import se.styrbord.shared.Money;

/**
 * A service on the boundary view for a year: its volume (what its use is worth at its price) and
 * its volatility and class; volatility and class are missing when the year is not classifiable.
 *
 * @param averageMonthlyQuantity the year's total use / 12, in the service's unit of measure
 */
public record BoundaryPoint(
        ItService service,
        long yearQuantity,
        Money value,
        Optional<Volatility> volatility,
        Optional<DemandClass> demandClass) {

    public java.math.BigDecimal averageMonthlyQuantity() {
        return java.math.BigDecimal.valueOf(yearQuantity)
                .divide(java.math.BigDecimal.valueOf(12), 1, java.math.RoundingMode.HALF_UP);
    }
}

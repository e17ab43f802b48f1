package se.styrbord.allocation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import se.styrbord.shared.Money;

/**
 * A service in SC-IT's internal price list, priced per year per unit of measure: set by decision, or
 * derived from self-cost with the modernisation markup (report 3.3 <i>Köp och sälj</i> and
 * <i>Investeringsmedel</i>: self-cost plus 2 % in Sundsvall).
 */
public record PricedService(String code, String name, String unitOfMeasure, Money pricePerYear) {

    public PricedService {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(unitOfMeasure, "unitOfMeasure");
        if (pricePerYear.isNegative()) {
            throw new AllocationException("Service " + code + " has a negative price");
        }
    }

    /** price = self-cost × (1 + markup), rounded to the öre. */
    public static PricedService atSelfCostPlusMarkup(
            String code, String name, String unitOfMeasure, Money selfCostPerYear, BigDecimal markup) {
        return new PricedService(code, name, unitOfMeasure, selfCostPerYear.times(BigDecimal.ONE.add(markup)));
    }
}

package se.styrbord.catalogue;

import java.util.Optional;
import se.styrbord.shared.Money;

/**
 * A service on the boundary view for a year: its volume (what its use is worth at its price) and
 * its volatility and class; volatility and class are missing when the year is not classifiable.
 *
 * @param yearQuantity the year's use summed over units and months, in the service's unit of measure
 */
public record BoundaryPoint(
        ItService service,
        long yearQuantity,
        Money value,
        Optional<Volatility> volatility,
        Optional<DemandClass> demandClass) {}

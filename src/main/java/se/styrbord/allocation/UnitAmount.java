package se.styrbord.allocation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * What one unit is allocated. The driver is the value the unit was weighed by (prorated employees,
 * FTE, turnover, or its fixed share); chargeback has none.
 */
public record UnitAmount(String code, String name, @Nullable BigDecimal driver, Money amount) {}

package se.styrbord.catalogue;

import java.time.YearMonth;
import java.util.Optional;

/** A service's volatility over one window of months and the class it gives; both missing when not classifiable. */
public record WindowReading(YearMonth windowEnd, Optional<Volatility> volatility, Optional<DemandClass> demandClass) {}

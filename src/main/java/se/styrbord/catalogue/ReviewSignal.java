package se.styrbord.catalogue;

import java.time.YearMonth;

/**
 * A call to review how a service is governed, because its demand changed class in the window ending
 * {@code windowEnd} (report 5: "När efterfrågan på en viss tjänst börjar fluktuera, behöver detta
 * trigga en potentiell omstöpning av styrningen").
 */
public record ReviewSignal(
        String serviceCode, YearMonth windowEnd, DemandClass from, DemandClass to, Volatility volatility) {}

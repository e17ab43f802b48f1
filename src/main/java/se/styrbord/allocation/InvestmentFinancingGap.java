package se.styrbord.allocation;

import java.math.BigDecimal;
import se.styrbord.shared.Money;

/**
 * What an investment project's internal hours cost beyond what investment funds may pay: hours ×
 * the indirect part of the internal hourly rate, which accounting rules keep out of the investment
 * object, so it must come from operating funds (report 3.3 <i>Investeringsmedel</i>: 150–200 SEK
 * per hour).
 */
public record InvestmentFinancingGap(BigDecimal hours, Money indirectPerHour) {

    public static final Money REPORT_LOW = Money.of(150);
    public static final Money REPORT_HIGH = Money.of(200);

    public InvestmentFinancingGap {
        if (hours.signum() < 0 || indirectPerHour.isNegative()) {
            throw new IllegalArgumentException("Hours and the indirect hourly cost cannot be negative");
        }
    }

    public Money fromOperatingFunds() {
        return indirectPerHour.times(hours);
    }
}

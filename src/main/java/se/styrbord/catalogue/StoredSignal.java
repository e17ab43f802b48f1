package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A review signal as stored: open until someone acknowledges it, and then kept with who and when. */
public record StoredSignal(
        String serviceCode,
        String serviceName,
        YearMonth windowEnd,
        DemandClass from,
        DemandClass to,
        BigDecimal volatility,
        OffsetDateTime raisedAt,
        @Nullable OffsetDateTime acknowledgedAt,
        @Nullable String acknowledgedBy) {

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}

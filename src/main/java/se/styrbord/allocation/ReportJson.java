package se.styrbord.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as JSON, the shape of {@code styrbord report allocation --format json} and of the API:
 * amounts in SEK as numbers with two decimals; {@code remainder} = {@code pool} − Σ unit amounts;
 * {@code current} and {@code difference} (proposed − current) only when a current model is known;
 * {@code decision} only under fixed shares.
 */
public record ReportJson(
        String model,
        int year,
        BigDecimal pool,
        BigDecimal remainder,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String decision,

        List<UnitJson> units) {

    /**
     * A unit; {@code driver} is the value it was weighed by (under fixed shares its share in percent,
     * four decimals), null under chargeback.
     */
    public record UnitJson(
            String code,
            String name,
            @Nullable BigDecimal driver,
            BigDecimal amount,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            BigDecimal current,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            BigDecimal difference) {}

    public static ReportJson of(AllocationReport report) {
        return new ReportJson(
                report.model().slug(),
                report.year(),
                report.pool().amount(),
                report.remainder().amount(),
                report.decision().orElse(null),
                report.units().stream()
                        .map(u -> new UnitJson(
                                u.code(),
                                u.name(),
                                u.driver(),
                                u.amount().amount(),
                                u.current() == null ? null : u.current().amount(),
                                u.difference().map(d -> d.amount()).orElse(null)))
                        .toList());
    }
}

package se.styrbord.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A unit as a user enters it, before the rules have been checked. */
public record UnitDraft(
        String code,
        String name,
        @Nullable UnitType type,
        String orgNumber,
        @Nullable String parentCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public static UnitDraft of(Unit unit) {
        return new UnitDraft(
                unit.code(),
                unit.name(),
                unit.type(),
                unit.orgNumber().value(),
                unit.parentCode(),
                unit.validFrom(),
                unit.validTo());
    }
}

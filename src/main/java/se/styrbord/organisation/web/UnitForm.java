package se.styrbord.organisation.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;

/** The unit form as posted; every field may be missing or wrong until the rules have spoken. */
public record UnitForm(
        @Nullable String code,
        @Nullable String name,
        @Nullable UnitType type,
        @Nullable String orgNumber,
        @Nullable String parentCode,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validFrom,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validTo) {

    UnitDraft draft() {
        return new UnitDraft(
                code == null ? "" : code.strip(),
                name == null ? "" : name,
                type,
                orgNumber == null ? "" : orgNumber,
                parentCode,
                validFrom,
                validTo);
    }

    static UnitForm of(UnitDraft d) {
        return new UnitForm(d.code(), d.name(), d.type(), d.orgNumber(), d.parentCode(), d.validFrom(), d.validTo());
    }

    static UnitForm empty() {
        return new UnitForm(null, null, null, null, null, LocalDate.now().withDayOfYear(1), null);
    }
}

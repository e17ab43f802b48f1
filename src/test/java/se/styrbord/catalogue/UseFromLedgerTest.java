package se.styrbord.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrbord.catalogue.LedgerUsePreview.Basis;
import se.styrbord.catalogue.LedgerUsePreview.UseFigure;
import se.styrbord.itcost.AccountRange;
import se.styrbord.itcost.LedgerUnits.RowUnit;
import se.styrbord.ledger.LedgerQueries.YearImport;
import se.styrbord.ledger.LedgerQueries.YearRow;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.Money;
import se.styrbord.shared.OrgNumber;

/** Use per service, unit and month from internal invoicing rows (ADR 0009), worked out by hand. */
class UseFromLedgerTest {

    static final String ORG = "212000-9994";
    static final ItService PC = new ItService("PC", "Arbetsplats", "Teamet", "dator", LocalDate.of(2019, 1, 1), null);
    static final ItService NEW = new ItService("NEW", "Ny tjänst", "Teamet", "st", LocalDate.of(2022, 7, 1), null);
    static final LedgerSource PC_SOURCE = new LedgerSource("PC", AccountRange.parse("6430"), "22=PC");
    static final LedgerSource NEW_SOURCE = new LedgerSource("NEW", AccountRange.parse("6431-6439"), null);
    static final Map<String, Unit> UNITS = Map.of(
            "BOU", unit("BOU", UnitType.DEPARTMENT, null),
            "OLD", unit("OLD", UnitType.DEPARTMENT, LocalDate.of(2022, 1, 31)),
            "SCIT", unit("SCIT", UnitType.IT_SERVICE_CENTRE, null));

    @ParameterizedTest(name = "{0} öre invoiced at {1} öre a year is {2}, rounded {3}")
    @CsvSource({
        "510000, 612000, 10.0000, 10",
        "260000, 612000, 5.0980, 5",
        "168333, 190000, 10.6316, 11",
        "25500, 612000, 0.5000, 1",
        "25499, 612000, 0.5000, 0",
        "1, 612000, 0.0000, 0"
    })
    void withoutQuantitiesTheAmountTimesTwelveOverThePricePerYearIsRoundedHalfUp(
            long amountOre, long priceOre, String exact, long quantity) {
        UseFromLedger use = new UseFromLedger(2022, List.of(PC_SOURCE), services(), prices(priceOre), UNITS);
        use.add(row("6430", "1=20|22=PC", amountOre, null, LocalDate.of(2022, 3, 31)), unit("BOU"));

        UseFigure figure = use.result(List.of(), List.of()).figures().getFirst();

        assertThat(figure.basis()).isEqualTo(Basis.AMOUNT);
        assertThat(figure.exact()).isEqualByComparingTo(exact);
        assertThat(figure.quantity()).isEqualTo(quantity);
        assertThat(figure.roundingDifference())
                .isEqualByComparingTo(BigDecimal.valueOf(quantity).subtract(new BigDecimal(exact)));
    }

    @Test
    void theRowsQuantitiesCountWhenEveryRowOfTheFigureCarriesOneAndAZeroQuantityIsNone() {
        UseFromLedger use = new UseFromLedger(2022, List.of(PC_SOURCE), services(), prices(612000), UNITS);
        use.add(row("6430", "1=20|22=PC", 100_00, "2.5", LocalDate.of(2022, 1, 31)), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 100_00, "1.25", LocalDate.of(2022, 1, 15)), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 5100_00, "3", LocalDate.of(2022, 2, 28)), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 5100_00, "0", LocalDate.of(2022, 2, 28)), unit("BOU"));

        List<UseFigure> figures = use.result(List.of(), List.of()).figures();

        assertThat(figures)
                .extracting(f -> f.month() + " " + f.basis() + " "
                        + f.exact().stripTrailingZeros().toPlainString() + " " + f.quantity())
                .containsExactly("2022-01 QUANTITY 3.75 4", "2022-02 AMOUNT 20 20");
    }

    @Test
    void rowsThatCannotBecomeUseAreProblemsNeverDroppedOrZero() {
        LedgerSource everything = new LedgerSource("NEW", AccountRange.parse("64"), null);
        UseFromLedger use = new UseFromLedger(2022, List.of(PC_SOURCE, NEW_SOURCE), services(), Map.of(), UNITS);
        LocalDate march = LocalDate.of(2022, 3, 31);
        use.add(row("6430", "1=20|22=PC", -510_00, null, march), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 510_00, "-1", LocalDate.of(2022, 4, 30)), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 510_00, null, null), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 510_00, null, LocalDate.of(2023, 1, 5)), unit("BOU"));
        use.add(row("6430", "1=99|22=PC", 510_00, null, march), Optional.empty());
        use.add(row("6430", "1=11|22=PC", 510_00, null, march), unit("SCIT"));
        use.add(row("6430", "1=40|22=PC", 510_00, null, march), unit("OLD"));
        use.add(row("6435", "1=20", 510_00, null, march), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 510_00, null, march), unit("BOU"));
        use.add(row("6490", "1=20|22=PC", 510_00, null, march), unit("BOU"));
        use.add(row("6430", "1=20", 510_00, null, march), unit("BOU"));

        LedgerUsePreview preview = use.result(List.of(), List.of());

        assertThat(preview.figures())
                .as("no price for PC, NEW not offered in March")
                .isEmpty();
        assertThat(preview.problems())
                .extracting(p -> p.kind() + " " + p.services() + " " + p.unitCode() + " "
                        + p.group().month() + " " + p.group().amount())
                .containsExactly(
                        "CREDIT [PC] BOU 2022-03 -510.00",
                        "CREDIT [PC] BOU 2022-04 510.00",
                        "NO_DATE [PC] BOU null 510.00",
                        "OUTSIDE_YEAR [PC] BOU 2023-01 510.00",
                        "UNMAPPED [PC] null 2022-03 510.00",
                        "SUPPLIER [PC] SCIT 2022-03 510.00",
                        "UNIT_INACTIVE [PC] OLD 2022-03 510.00",
                        "NOT_OFFERED [NEW] BOU 2022-03 510.00",
                        "NO_PRICE [PC] BOU 2022-03 510.00");
        assertThat(preview.problems())
                .as("6490 and 6430 without the object are not the services' rows")
                .hasSize(9);

        UseFromLedger overlapping =
                new UseFromLedger(2022, List.of(PC_SOURCE, everything), services(), prices(612000), UNITS);
        overlapping.add(row("6430", "1=20|22=PC", 510_00, null, march), unit("BOU"));
        assertThat(overlapping.result(List.of(), List.of()).problems())
                .extracting(p -> p.kind() + " " + p.services())
                .containsExactly("OVERLAP [PC, NEW]");
    }

    @Test
    void eachFigureLeadsToItsRowsAndShowsWhatIsSavedAndWhatSavingRemoves() {
        UseFromLedger use = new UseFromLedger(2022, List.of(PC_SOURCE), services(), prices(612000), UNITS);
        LocalDate march = LocalDate.of(2022, 3, 31);
        use.add(row("6430", "1=20|22=PC", 2550_00, null, march), unit("BOU"));
        use.add(row("6430", "1=20|22=PC", 2550_00, null, march), unit("BOU"));
        use.add(new YearRow(8, "556999-0012", "6430", "22=PC", 510_00, null, march), unit("BOU"));

        LedgerUsePreview preview = use.result(
                List.of(new YearImport(7, ORG, "kommun.se")),
                List.of(
                        new MonthlyUse("PC", "BOU", YearMonth.of(2022, 3), 99),
                        new MonthlyUse("PC", "BOU", YearMonth.of(2022, 4), 7)));

        UseFigure figure = preview.figures().getFirst();
        assertThat(figure.quantity()).isEqualTo(11);
        assertThat(figure.rows()).isEqualTo(3);
        assertThat(figure.saved()).isEqualTo(99L);
        assertThat(figure.groups())
                .extracting(g -> g.importId() + " " + g.account() + " " + g.objectFilters() + " " + g.month() + " "
                        + g.rows() + " " + g.amount())
                .containsExactly("7 6430 [1=20, 22=PC] 2022-03 2 5100.00", "8 6430 [22=PC] 2022-03 1 510.00");
        LedgerUsePreview.ServiceUse pc = preview.services().getFirst();
        assertThat(pc.saved()).isEqualTo(106L);
        assertThat(pc.removed()).as("April is saved but has no invoicing").isEqualTo(1);
        assertThat(pc.amount()).isEqualTo(Money.of("5610.00"));
        assertThat(preview.fingerprint())
                .isEqualTo(use.result(
                                List.of(new YearImport(7, ORG, "kommun.se")),
                                List.of(
                                        new MonthlyUse("PC", "BOU", YearMonth.of(2022, 3), 99),
                                        new MonthlyUse("PC", "BOU", YearMonth.of(2022, 4), 7)))
                        .fingerprint())
                .isNotEqualTo(use.result(List.of(new YearImport(7, ORG, "kommun.se")), List.of())
                        .fingerprint());
    }

    private static Map<String, ItService> services() {
        return Map.of("PC", PC, "NEW", NEW);
    }

    private static Map<String, ServicePrice> prices(long pcPriceOre) {
        return Map.of("PC", new ServicePrice("PC", 2022, Money.ofOre(pcPriceOre), BigDecimal.ZERO, null));
    }

    private static YearRow row(
            String account, String objects, long ore, @Nullable String quantity, @Nullable LocalDate date) {
        return new YearRow(7, ORG, account, objects, ore, quantity == null ? null : new BigDecimal(quantity), date);
    }

    private static Optional<RowUnit> unit(String code) {
        return Optional.of(new RowUnit(code, "1=x"));
    }

    private static Unit unit(String code, UnitType type, @Nullable LocalDate validTo) {
        return new Unit(code, code, type, OrgNumber.parse(ORG), null, LocalDate.of(2019, 1, 1), validTo);
    }
}

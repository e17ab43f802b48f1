package se.styrbord.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.styrbord.ledger.LedgerQueries.YearImport;
import se.styrbord.shared.Money;

/**
 * A year's use of the services that have a ledger source, as the internal invoicing in the current
 * imports shows it (ADR 0009), before it is saved: a figure per service, unit and month, the rows
 * that could not become a figure, and each service's total beside what is saved now.
 * {@code fingerprint} changes whenever any of it would, so that what is saved is what was seen.
 */
public record LedgerUsePreview(
        int year,
        List<LedgerSource> sources,
        List<YearImport> imports,
        List<ServiceUse> services,
        List<UseFigure> figures,
        List<UseProblem> problems,
        String fingerprint) {

    public LedgerUsePreview {
        sources = List.copyOf(sources);
        imports = List.copyOf(imports);
        services = List.copyOf(services);
        figures = List.copyOf(figures);
        problems = List.copyOf(problems);
    }

    /** How a figure's quantity was found. */
    public enum Basis {
        /** The sum of the rows' SIE quantities: every row carried one. */
        QUANTITY,
        /** The amount invoiced × 12 / the service's price per year. */
        AMOUNT
    }

    /** Why rows did not become a figure. */
    public enum ProblemKind {
        /** The row matches the sources of more than one service. */
        OVERLAP,
        /** A credit row: negative amount or quantity. */
        CREDIT,
        /** Neither the row nor its voucher has a date. */
        NO_DATE,
        /** The row is dated outside the year. */
        OUTSIDE_YEAR,
        /** The row's object maps to no unit and its entity has no default unit. */
        UNMAPPED,
        /** The row's unit is the IT service centre, which supplies the services. */
        SUPPLIER,
        /** The row's unit was not valid in the month. */
        UNIT_INACTIVE,
        /** The service was not offered in the month. */
        NOT_OFFERED,
        /** The quantity must come from the amount, and the service has no price (or a price of 0) for the year. */
        NO_PRICE
    }

    /**
     * Voucher rows of one import, account and object list ({@code 1=100|22=ELEV}) in one month (null
     * when the rows have no date): what selects them on the ledger's rows page.
     */
    public record RowGroup(
            long importId,
            String orgNumber,
            String account,
            String objects,
            @Nullable YearMonth month,
            long rows,
            Money amount) {

        /** The object list as the rows page's filters ({@code dim=object} each). */
        public List<String> objectFilters() {
            return objects.isEmpty() ? List.of() : List.of(objects.split("\\|"));
        }
    }

    /**
     * A unit's use of a service in a month: {@code exact} is the quantity before rounding (four
     * decimals), {@code quantity} the whole units saved, {@code saved} what is saved for the same
     * service, unit and month now (null when nothing is).
     */
    public record UseFigure(
            String serviceCode,
            String unitCode,
            YearMonth month,
            long rows,
            Money amount,
            Basis basis,
            BigDecimal exact,
            long quantity,
            @Nullable Long saved,
            List<RowGroup> groups) {

        public UseFigure {
            groups = List.copyOf(groups);
        }

        /** Rounded minus exact: what the rounding to whole units added (negative: took away). */
        public BigDecimal roundingDifference() {
            return BigDecimal.valueOf(quantity).subtract(exact);
        }
    }

    /** Rows that did not become a figure, with the services they matched and the unit when it is known. */
    public record UseProblem(
            ProblemKind kind,
            List<String> services,
            @Nullable String unitCode,
            RowGroup group) {

        public UseProblem {
            services = List.copyOf(services);
        }
    }

    /**
     * A service with a source: its price of the year (null when it has none), its figures summed,
     * what is saved for the year now (null when nothing is), how many saved figures saving would
     * remove because the ledgers have no use for them, and its number of problems.
     */
    public record ServiceUse(
            LedgerSource source,
            String name,
            String unitOfMeasure,
            @Nullable Money price,
            int figures,
            long rows,
            Money amount,
            BigDecimal exact,
            long quantity,
            @Nullable Long saved,
            int removed,
            int problems) {

        public BigDecimal roundingDifference() {
            return BigDecimal.valueOf(quantity).subtract(exact);
        }
    }

    public boolean hasLedgers() {
        return !imports.isEmpty();
    }

    /** The use that saving writes: a figure per service, unit and month. */
    public List<MonthlyUse> uses() {
        return figures.stream()
                .map(f -> new MonthlyUse(f.serviceCode(), f.unitCode(), f.month(), f.quantity()))
                .toList();
    }

    public List<UseFigure> figuresOf(String serviceCode) {
        return figures.stream().filter(f -> f.serviceCode().equals(serviceCode)).toList();
    }

    public List<UseProblem> problemsOf(String serviceCode) {
        return problems.stream().filter(p -> p.services().contains(serviceCode)).toList();
    }
}

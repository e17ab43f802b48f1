package se.styrbord.ledger.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.styrbord.shared.Money;

/**
 * The records of a SIE 4C file (specification §11–12), each with the line it was read from.
 * Identifiers (account numbers, dimensions, object ids, series) are kept as written; amounts are
 * whole öre; a field left out or written {@code ""} is an empty string, or null where a value of
 * another type was expected.
 */
public sealed interface SieRecord {

    long line();

    /** {@code #FLAGGA x}: 0 when exported, 1 once imported. */
    record Flag(long line, String value) implements SieRecord {}

    /** {@code #PROGRAM name version}. */
    record Program(long line, String name, String version) implements SieRecord {}

    /** {@code #FORMAT PC8}. */
    record Format(long line, String value) implements SieRecord {}

    /** {@code #GEN date signature}. */
    record Generated(long line, @Nullable LocalDate date, String signature) implements SieRecord {}

    /** {@code #SIETYP 1|2|3|4}. */
    record FileType(long line, String type) implements SieRecord {}

    /** {@code #PROSA text}. */
    record Comment(long line, String text) implements SieRecord {}

    /** {@code #FTYP code}: AB, E, HB, … */
    record CompanyType(long line, String code) implements SieRecord {}

    /** {@code #FNR id}: the company's id in the exporting system. */
    record CompanyId(long line, String id) implements SieRecord {}

    /** {@code #ORGNR number acquisition activity}. */
    record OrganisationNumber(long line, String number, String acquisition, String activity) implements SieRecord {}

    /** {@code #BKOD sni}. */
    record IndustryCode(long line, String code) implements SieRecord {}

    /** {@code #ADRESS contact street postal phone}. */
    record Address(long line, String contact, String street, String postal, String phone) implements SieRecord {}

    /** {@code #FNAMN name}. */
    record CompanyName(long line, String name) implements SieRecord {}

    /** {@code #RAR year start end}; year 0 is the current year, -1 the previous. */
    record FiscalYear(long line, int year, LocalDate start, LocalDate end) implements SieRecord {}

    /** {@code #TAXAR year}. */
    record TaxYear(long line, String year) implements SieRecord {}

    /** {@code #OMFATTN date}: balances cover the year up to this date. */
    record BalancesUntil(long line, LocalDate date) implements SieRecord {}

    /** {@code #KPTYP type}: BAS95, BAS96, EUBAS97, NE2007, … */
    record ChartType(long line, String type) implements SieRecord {}

    /** {@code #VALUTA code}. */
    record Currency(long line, String code) implements SieRecord {}

    /** {@code #KONTO number name}. */
    record Account(long line, String number, String name) implements SieRecord {}

    /** {@code #KTYP account T|S|K|I}. */
    record AccountType(long line, String account, String type) implements SieRecord {}

    /** {@code #ENHET account unit}. */
    record Unit(long line, String account, String unit) implements SieRecord {}

    /** {@code #SRU account code}. */
    record SruCode(long line, String account, String code) implements SieRecord {}

    /** {@code #DIM number name}. */
    record Dimension(long line, String number, String name) implements SieRecord {}

    /** {@code #UNDERDIM number name parent}. */
    record SubDimension(long line, String number, String name, String parent) implements SieRecord {}

    /** {@code #OBJEKT dimension id name}. */
    record DimensionObject(long line, String dimension, String id, String name) implements SieRecord {}

    /** {@code #IB}, {@code #UB} and {@code #RES}: a year's opening or closing balance or result. */
    record YearBalance(
            long line,
            Kind kind,
            int year,
            String account,
            long amountOre,
            @Nullable BigDecimal quantity) implements SieRecord {

        public enum Kind {
            OPENING,
            CLOSING,
            RESULT
        }

        public Money amount() {
            return Money.ofOre(amountOre);
        }
    }

    /** {@code #OIB} and {@code #OUB}: an opening or closing balance of an account for objects. */
    record ObjectBalance(
            long line,
            YearBalance.Kind kind,
            int year,
            String account,
            List<ObjectRef> objects,
            long amountOre,
            @Nullable BigDecimal quantity)
            implements SieRecord {

        public Money amount() {
            return Money.ofOre(amountOre);
        }
    }

    /** {@code #PSALDO} and {@code #PBUDGET}: the change of an account in a period, actual or budget. */
    record PeriodBalance(
            long line,
            Kind kind,
            int year,
            YearMonth period,
            String account,
            List<ObjectRef> objects,
            long amountOre,
            @Nullable BigDecimal quantity)
            implements SieRecord {

        public enum Kind {
            ACTUAL,
            BUDGET
        }

        public Money amount() {
            return Money.ofOre(amountOre);
        }
    }

    /** {@code #VER series number date text registered sign}, the head of a voucher. */
    record Voucher(
            long line,
            String series,
            String number,
            @Nullable LocalDate date,
            String text,
            @Nullable LocalDate registered,
            String sign)
            implements SieRecord {}

    /**
     * {@code #TRANS}, {@code #RTRANS} or {@code #BTRANS}: a row of the voucher read last. {@code
     * counted} tells whether the row is part of the voucher as it stands: a {@code #BTRANS} (struck
     * row) is not, nor is the {@code #TRANS} that repeats the {@code #RTRANS} (added row) just before
     * it for readers that do not know {@code #RTRANS}.
     */
    record Row(
            long line,
            Kind kind,
            String account,
            List<ObjectRef> objects,
            long amountOre,
            @Nullable LocalDate date,
            String text,
            @Nullable BigDecimal quantity,
            String sign,
            boolean counted)
            implements SieRecord {

        public enum Kind {
            TRANS,
            RTRANS,
            BTRANS
        }

        public Money amount() {
            return Money.ofOre(amountOre);
        }
    }

    /** The {@code }} that closes a voucher, or the point where a voucher left open was closed. */
    record VoucherEnd(long line) implements SieRecord {}

    /**
     * The closing {@code #KSUMMA value} with the CRC-32 computed over the records since the opening
     * one (SIE 4C §10). {@code written} is -1 when the file ends without the closing #KSUMMA (or its
     * value is unreadable), {@code computed} is -1 when no opening #KSUMMA came before it.
     */
    record Checksum(long line, long written, long computed) implements SieRecord {

        public boolean matches() {
            return written >= 0 && written == computed;
        }
    }
}

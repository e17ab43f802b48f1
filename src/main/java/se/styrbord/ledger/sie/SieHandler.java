package se.styrbord.ledger.sie;

import se.styrbord.ledger.sie.SieRecord.Account;
import se.styrbord.ledger.sie.SieRecord.AccountType;
import se.styrbord.ledger.sie.SieRecord.Checksum;
import se.styrbord.ledger.sie.SieRecord.Dimension;
import se.styrbord.ledger.sie.SieRecord.DimensionObject;
import se.styrbord.ledger.sie.SieRecord.ObjectBalance;
import se.styrbord.ledger.sie.SieRecord.PeriodBalance;
import se.styrbord.ledger.sie.SieRecord.Row;
import se.styrbord.ledger.sie.SieRecord.SruCode;
import se.styrbord.ledger.sie.SieRecord.SubDimension;
import se.styrbord.ledger.sie.SieRecord.Unit;
import se.styrbord.ledger.sie.SieRecord.Voucher;
import se.styrbord.ledger.sie.SieRecord.VoucherEnd;
import se.styrbord.ledger.sie.SieRecord.YearBalance;

/**
 * Receives the records of a SIE file in file order, as {@link SieReader} reads them. Every method
 * does nothing unless overridden. Identification records (#FLAGGA … #VALUTA) arrive through {@link
 * #identification}.
 */
public interface SieHandler {

    /** #FLAGGA, #PROGRAM, #FORMAT, #GEN, #SIETYP, #PROSA, #FTYP, #FNR, #ORGNR, #BKOD, #ADRESS, … */
    default void identification(SieRecord record) {}

    default void account(Account account) {}

    default void accountType(AccountType type) {}

    default void unit(Unit unit) {}

    default void sruCode(SruCode code) {}

    default void dimension(Dimension dimension) {}

    default void subDimension(SubDimension dimension) {}

    default void object(DimensionObject object) {}

    default void yearBalance(YearBalance balance) {}

    default void objectBalance(ObjectBalance balance) {}

    default void periodBalance(PeriodBalance balance) {}

    default void voucher(Voucher voucher) {}

    default void row(Row row) {}

    default void voucherEnd(VoucherEnd end) {}

    default void checksum(Checksum checksum) {}

    /** A problem that did not stop the reading: an error (meaning lost) or a warning. */
    default void problem(SieProblem problem) {}
}

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

/** Hands every record to two handlers, first to second, in file order. */
record BothHandlers(SieHandler first, SieHandler second) implements SieHandler {

    @Override
    public void identification(SieRecord record) {
        first.identification(record);
        second.identification(record);
    }

    @Override
    public void account(Account account) {
        first.account(account);
        second.account(account);
    }

    @Override
    public void accountType(AccountType type) {
        first.accountType(type);
        second.accountType(type);
    }

    @Override
    public void unit(Unit unit) {
        first.unit(unit);
        second.unit(unit);
    }

    @Override
    public void sruCode(SruCode code) {
        first.sruCode(code);
        second.sruCode(code);
    }

    @Override
    public void dimension(Dimension dimension) {
        first.dimension(dimension);
        second.dimension(dimension);
    }

    @Override
    public void subDimension(SubDimension dimension) {
        first.subDimension(dimension);
        second.subDimension(dimension);
    }

    @Override
    public void object(DimensionObject object) {
        first.object(object);
        second.object(object);
    }

    @Override
    public void yearBalance(YearBalance balance) {
        first.yearBalance(balance);
        second.yearBalance(balance);
    }

    @Override
    public void objectBalance(ObjectBalance balance) {
        first.objectBalance(balance);
        second.objectBalance(balance);
    }

    @Override
    public void periodBalance(PeriodBalance balance) {
        first.periodBalance(balance);
        second.periodBalance(balance);
    }

    @Override
    public void voucher(Voucher voucher) {
        first.voucher(voucher);
        second.voucher(voucher);
    }

    @Override
    public void row(Row row) {
        first.row(row);
        second.row(row);
    }

    @Override
    public void voucherEnd(VoucherEnd end) {
        first.voucherEnd(end);
        second.voucherEnd(end);
    }

    @Override
    public void checksum(Checksum checksum) {
        first.checksum(checksum);
        second.checksum(checksum);
    }

    @Override
    public void problem(SieProblem problem) {
        first.problem(problem);
        second.problem(problem);
    }
}

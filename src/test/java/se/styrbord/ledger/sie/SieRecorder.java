package se.styrbord.ledger.sie;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** A handler for tests that keeps every record and problem. */
class SieRecorder implements SieHandler {

    final List<SieRecord> records = new ArrayList<>();
    final List<SieProblem> problems = new ArrayList<>();

    static SieRecorder read(String content) throws IOException, SieException {
        return read(content, Charset.forName("IBM437"));
    }

    static SieRecorder read(String content, Charset charset) throws IOException, SieException {
        return read(content.getBytes(charset));
    }

    static SieRecorder read(byte[] content) throws IOException, SieException {
        SieRecorder recorder = new SieRecorder();
        SieReader.read(new ByteArrayInputStream(content), recorder);
        return recorder;
    }

    <T extends SieRecord> List<T> all(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<SieProblem> errors() {
        return problems.stream().filter(SieProblem::isError).toList();
    }

    List<SieProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    @Override
    public void identification(SieRecord record) {
        records.add(record);
    }

    @Override
    public void account(SieRecord.Account account) {
        records.add(account);
    }

    @Override
    public void accountType(SieRecord.AccountType type) {
        records.add(type);
    }

    @Override
    public void unit(SieRecord.Unit unit) {
        records.add(unit);
    }

    @Override
    public void sruCode(SieRecord.SruCode code) {
        records.add(code);
    }

    @Override
    public void dimension(SieRecord.Dimension dimension) {
        records.add(dimension);
    }

    @Override
    public void subDimension(SieRecord.SubDimension dimension) {
        records.add(dimension);
    }

    @Override
    public void object(SieRecord.DimensionObject object) {
        records.add(object);
    }

    @Override
    public void yearBalance(SieRecord.YearBalance balance) {
        records.add(balance);
    }

    @Override
    public void objectBalance(SieRecord.ObjectBalance balance) {
        records.add(balance);
    }

    @Override
    public void periodBalance(SieRecord.PeriodBalance balance) {
        records.add(balance);
    }

    @Override
    public void voucher(SieRecord.Voucher voucher) {
        records.add(voucher);
    }

    @Override
    public void row(SieRecord.Row row) {
        records.add(row);
    }

    @Override
    public void voucherEnd(SieRecord.VoucherEnd end) {
        records.add(end);
    }

    @Override
    public void checksum(SieRecord.Checksum checksum) {
        records.add(checksum);
    }

    @Override
    public void problem(SieProblem problem) {
        problems.add(problem);
    }
}

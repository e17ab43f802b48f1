package se.styrbord.ledger.sie;

import java.util.List;
import se.styrbord.ledger.sie.SieRecord.PeriodBalance;
import se.styrbord.ledger.sie.SieRecord.YearBalance;

/**
 * Builds the records outside vouchers from the fields of a line, positionally as SIE 4C §11–12
 * lists them, and hands them on.
 */
final class Records {

    private final Fields f;
    private final SieHandler handler;
    private final Notes notes;

    Records(Fields fields, SieHandler handler, Notes notes) {
        this.f = fields;
        this.handler = handler;
        this.notes = notes;
    }

    void record(Label label) throws FieldException {
        long line = f.line;
        switch (label) {
            case KONTO -> handler.account(new SieRecord.Account(line, f.required(1, "account number"), f.text(2)));
            case KTYP ->
                handler.accountType(new SieRecord.AccountType(
                        line, f.required(1, "account number"), f.required(2, "account type")));
            case ENHET -> handler.unit(new SieRecord.Unit(line, f.required(1, "account number"), f.text(2)));
            case SRU ->
                handler.sruCode(
                        new SieRecord.SruCode(line, f.required(1, "account number"), f.required(2, "SRU code")));
            case DIM -> handler.dimension(new SieRecord.Dimension(line, f.required(1, "dimension number"), f.text(2)));
            case UNDERDIM ->
                handler.subDimension(new SieRecord.SubDimension(
                        line, f.required(1, "dimension number"), f.text(2), f.required(3, "superior dimension")));
            case OBJEKT ->
                handler.object(new SieRecord.DimensionObject(
                        line, f.required(1, "dimension number"), f.required(2, "object id"), f.text(3)));
            case IB -> yearBalance(YearBalance.Kind.OPENING);
            case UB -> yearBalance(YearBalance.Kind.CLOSING);
            case RES -> yearBalance(YearBalance.Kind.RESULT);
            case OIB -> objectBalance(YearBalance.Kind.OPENING);
            case OUB -> objectBalance(YearBalance.Kind.CLOSING);
            case PSALDO -> periodBalance(PeriodBalance.Kind.ACTUAL);
            case PBUDGET -> periodBalance(PeriodBalance.Kind.BUDGET);
            default -> identification(label, line);
        }
    }

    private void identification(Label label, long line) throws FieldException {
        SieRecord record = switch (label) {
            case FLAGGA -> new SieRecord.Flag(line, f.required(1, "flag"));
            case PROGRAM -> new SieRecord.Program(line, f.required(1, "program name"), f.text(2));
            case FORMAT -> new SieRecord.Format(line, f.required(1, "format"));
            case GEN -> new SieRecord.Generated(line, f.requiredDate(1, "date"), f.text(2));
            case SIETYP -> new SieRecord.FileType(line, f.required(1, "file type"));
            case PROSA -> new SieRecord.Comment(line, wholeText());
            case FTYP -> new SieRecord.CompanyType(line, f.required(1, "company type"));
            case FNR -> new SieRecord.CompanyId(line, f.required(1, "company id"));
            case ORGNR ->
                new SieRecord.OrganisationNumber(line, f.required(1, "organisation number"), f.text(2), f.text(3));
            case BKOD -> new SieRecord.IndustryCode(line, f.required(1, "SNI code"));
            case ADRESS -> new SieRecord.Address(line, f.text(1), f.text(2), f.text(3), f.text(4));
            case FNAMN -> new SieRecord.CompanyName(line, wholeText());
            case RAR ->
                new SieRecord.FiscalYear(
                        line, f.yearIndex(1), f.requiredDate(2, "start date"), f.requiredDate(3, "end date"));
            case TAXAR -> new SieRecord.TaxYear(line, f.required(1, "tax year"));
            case OMFATTN -> new SieRecord.BalancesUntil(line, f.requiredDate(1, "date"));
            case KPTYP -> new SieRecord.ChartType(line, f.required(1, "chart type"));
            case VALUTA -> new SieRecord.Currency(line, f.required(1, "currency code"));
            default -> throw new IllegalStateException("not an identification record: " + label);
        };
        handler.identification(record);
    }

    /** The one text field of #FNAMN and #PROSA; unquoted words after it are taken as part of it. */
    private String wholeText() {
        if (f.count() > 2) {
            notes.note(Notes.Kind.UNQUOTED_TEXT, f.line);
            return f.rest(1);
        }
        return f.text(1);
    }

    private void yearBalance(YearBalance.Kind kind) throws FieldException {
        handler.yearBalance(new YearBalance(
                f.line, kind, f.yearIndex(1), f.required(2, "account number"), f.amount(3, "balance"), f.quantity(4)));
    }

    private void objectBalance(YearBalance.Kind kind) throws FieldException {
        int year = f.yearIndex(1);
        String account = f.required(2, "account number");
        if (!f.isObjectList(3)) {
            throw FieldException.missing("object '{dimension object}'");
        }
        handler.objectBalance(new SieRecord.ObjectBalance(
                f.line, kind, year, account, f.objects(3), f.amount(4, "balance"), f.quantity(5)));
    }

    private void periodBalance(PeriodBalance.Kind kind) throws FieldException {
        int year = f.yearIndex(1);
        var period = f.period(2, "period");
        String account = f.required(3, "account number");
        int a = 5;
        List<ObjectRef> objects;
        if (f.isObjectList(4)) {
            objects = f.objects(4);
        } else {
            notes.note(Notes.Kind.MISSING_OBJECT_LIST, f.line);
            objects = List.of();
            a = 4;
        }
        handler.periodBalance(new PeriodBalance(
                f.line, kind, year, period, account, objects, f.amount(a, "balance"), f.quantity(a + 1)));
    }
}

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
            case KONTO ->
                handler.account(new SieRecord.Account(line, f.required(1, SieField.ACCOUNT_NUMBER), f.text(2)));
            case KTYP ->
                handler.accountType(new SieRecord.AccountType(
                        line, f.required(1, SieField.ACCOUNT_NUMBER), f.required(2, SieField.ACCOUNT_TYPE)));
            case ENHET -> handler.unit(new SieRecord.Unit(line, f.required(1, SieField.ACCOUNT_NUMBER), f.text(2)));
            case SRU ->
                handler.sruCode(new SieRecord.SruCode(
                        line, f.required(1, SieField.ACCOUNT_NUMBER), f.required(2, SieField.SRU_CODE)));
            case DIM ->
                handler.dimension(new SieRecord.Dimension(line, f.required(1, SieField.DIMENSION_NUMBER), f.text(2)));
            case UNDERDIM ->
                handler.subDimension(new SieRecord.SubDimension(
                        line,
                        f.required(1, SieField.DIMENSION_NUMBER),
                        f.text(2),
                        f.required(3, SieField.SUPERIOR_DIMENSION)));
            case OBJEKT ->
                handler.object(new SieRecord.DimensionObject(
                        line, f.required(1, SieField.DIMENSION_NUMBER), f.required(2, SieField.OBJECT_ID), f.text(3)));
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
            case FLAGGA -> new SieRecord.Flag(line, f.required(1, SieField.FLAG));
            case PROGRAM -> new SieRecord.Program(line, f.required(1, SieField.PROGRAM_NAME), f.text(2));
            case FORMAT -> new SieRecord.Format(line, f.required(1, SieField.FORMAT));
            case GEN -> new SieRecord.Generated(line, f.requiredDate(1, SieField.DATE), f.text(2));
            case SIETYP -> new SieRecord.FileType(line, f.required(1, SieField.FILE_TYPE));
            case PROSA -> new SieRecord.Comment(line, wholeText());
            case FTYP -> new SieRecord.CompanyType(line, f.required(1, SieField.COMPANY_TYPE));
            case FNR -> new SieRecord.CompanyId(line, f.required(1, SieField.COMPANY_ID));
            case ORGNR ->
                new SieRecord.OrganisationNumber(
                        line, f.required(1, SieField.ORGANISATION_NUMBER), f.text(2), f.text(3));
            case BKOD -> new SieRecord.IndustryCode(line, f.required(1, SieField.SNI_CODE));
            case ADRESS -> new SieRecord.Address(line, f.text(1), f.text(2), f.text(3), f.text(4));
            case FNAMN -> new SieRecord.CompanyName(line, wholeText());
            case RAR ->
                new SieRecord.FiscalYear(
                        line,
                        f.yearIndex(1),
                        f.requiredDate(2, SieField.START_DATE),
                        f.requiredDate(3, SieField.END_DATE));
            case TAXAR -> new SieRecord.TaxYear(line, f.required(1, SieField.TAX_YEAR));
            case OMFATTN -> new SieRecord.BalancesUntil(line, f.requiredDate(1, SieField.DATE));
            case KPTYP -> new SieRecord.ChartType(line, f.required(1, SieField.CHART_TYPE));
            case VALUTA -> new SieRecord.Currency(line, f.required(1, SieField.CURRENCY_CODE));
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
                f.line,
                kind,
                f.yearIndex(1),
                f.required(2, SieField.ACCOUNT_NUMBER),
                f.amount(3, SieField.BALANCE),
                f.quantity(4)));
    }

    private void objectBalance(YearBalance.Kind kind) throws FieldException {
        int year = f.yearIndex(1);
        String account = f.required(2, SieField.ACCOUNT_NUMBER);
        if (!f.isObjectList(3)) {
            throw FieldException.missing(SieField.OBJECT);
        }
        handler.objectBalance(new SieRecord.ObjectBalance(
                f.line, kind, year, account, f.objects(3), f.amount(4, SieField.BALANCE), f.quantity(5)));
    }

    private void periodBalance(PeriodBalance.Kind kind) throws FieldException {
        int year = f.yearIndex(1);
        var period = f.period(2, SieField.PERIOD);
        String account = f.required(3, SieField.ACCOUNT_NUMBER);
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
                f.line, kind, year, period, account, objects, f.amount(a, SieField.BALANCE), f.quantity(a + 1)));
    }
}

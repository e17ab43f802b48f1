package se.styrbord.ledger.sie;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The fields of SIE records that a problem can name ("#TRANS: account number missing"); the message
 * bundles word each under {@code sie.field.<code>}.
 */
public enum SieField {
    ACCOUNT_NUMBER("account number"),
    ACCOUNT_TYPE("account type"),
    AMOUNT("amount"),
    BALANCE("balance"),
    CHART_TYPE("chart type"),
    COMPANY_ID("company id"),
    COMPANY_TYPE("company type"),
    CURRENCY_CODE("currency code"),
    DATE("date"),
    DIMENSION_NUMBER("dimension number"),
    END_DATE("end date"),
    FILE_TYPE("file type"),
    FLAG("flag"),
    FORMAT("format"),
    OBJECT("object '{dimension object}'"),
    OBJECT_ID("object id"),
    ORGANISATION_NUMBER("organisation number"),
    PERIOD("period"),
    PROGRAM_NAME("program name"),
    REGISTRATION_DATE("registration date"),
    SNI_CODE("SNI code"),
    SRU_CODE("SRU code"),
    START_DATE("start date"),
    SUPERIOR_DIMENSION("superior dimension"),
    TAX_YEAR("tax year"),
    TRANSACTION_DATE("transaction date"),
    VOUCHER_DATE("voucher date"),
    YEAR_NUMBER("year number");

    private static final Map<String, SieField> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SieField::code, Function.identity()));

    private final String english;
    private final String code;

    SieField(String english) {
        this.english = english;
        this.code = SieProblemCode.camelCase(name());
    }

    /** The field named by {@code code}, if this version knows it. */
    public static Optional<SieField> of(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** Its stable name in a problem's arguments, e.g. {@code accountNumber}. */
    public String code() {
        return code;
    }

    /** Its key in the message bundles: a name, not a pattern. */
    public String key() {
        return "sie.field." + code;
    }

    public String english() {
        return english;
    }
}

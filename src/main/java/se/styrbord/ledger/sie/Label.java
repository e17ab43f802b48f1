package se.styrbord.ledger.sie;

import org.jspecify.annotations.Nullable;

/** The record labels of SIE 4C (§11–12). */
enum Label {
    TRANS,
    RTRANS,
    BTRANS,
    VER,
    KONTO,
    KTYP,
    ENHET,
    SRU,
    DIM,
    UNDERDIM,
    OBJEKT,
    IB,
    UB,
    OIB,
    OUB,
    RES,
    PSALDO,
    PBUDGET,
    FLAGGA,
    PROGRAM,
    FORMAT,
    GEN,
    SIETYP,
    PROSA,
    FTYP,
    FNR,
    ORGNR,
    BKOD,
    ADRESS,
    FNAMN,
    RAR,
    TAXAR,
    OMFATTN,
    KPTYP,
    VALUTA,
    KSUMMA;

    private static final Label[] ALL = values();
    private final byte[] upper = name().getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Whether the record carries amounts, so that a missing field loses meaning. */
    boolean hasAmount() {
        return switch (this) {
            case TRANS, RTRANS, BTRANS, IB, UB, OIB, OUB, RES, PSALDO, PBUDGET -> true;
            default -> false;
        };
    }

    /** The label of {@code b[s, e)} (with its leading '#', letters in any case), or null if unknown. */
    static @Nullable Label of(byte[] b, int s, int e) {
        int n = e - s - 1;
        if (n == 5 && matches(TRANS.upper, b, s + 1)) {
            return TRANS;
        }
        for (Label label : ALL) {
            if (label.upper.length == n && matches(label.upper, b, s + 1)) {
                return label;
            }
        }
        return null;
    }

    private static boolean matches(byte[] upper, byte[] b, int from) {
        for (int i = 0; i < upper.length; i++) {
            if ((b[from + i] & 0xDF) != upper[i]) {
                return false;
            }
        }
        return true;
    }
}

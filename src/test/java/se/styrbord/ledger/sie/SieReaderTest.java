package se.styrbord.ledger.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrbord.ledger.sie.SieRecord.Row;
import se.styrbord.shared.Money;

/** The records the reader makes of the lexical variety SIE 4C allows and real files show. */
class SieReaderTest {

    @Test
    void readsEveryRecordTypeOfSie4c() throws Exception {
        SieRecorder r = SieRecorder.read("""
                #FLAGGA 0
                #PROGRAM "Visma Compact" 5.1
                #FORMAT PC8
                #GEN 20230822 "A B"
                #SIETYP 4
                #PROSA "Fritt"
                #FTYP AB
                #FNR 0123
                #ORGNR 555555-5555 1 2
                #BKOD 62010
                #ADRESS "Siw" "Box 1" "123 45 STAD" "012-34"
                #FNAMN "Övningsbolaget AB"
                #RAR 0 20210101 20211231
                #RAR -1 20200101 20201231
                #TAXAR 2022
                #OMFATTN 20211231
                #KPTYP EUBAS97
                #VALUTA SEK
                #KONTO 1930 "Företagskonto"
                #KTYP 1930 T
                #ENHET 1930 st
                #SRU 1930 7281
                #DIM 1 "Kostnadsställe"
                #UNDERDIM 21 "Avdelning" 1
                #OBJEKT 1 "0123" "Nord"
                #IB 0 1930 1000.50
                #UB 0 1930 -2.5 3
                #RES 0 3010 -100
                #OIB 0 1930 {1 "0123"} 10.00
                #OUB 0 1930 {1 "0123"} 20.00
                #PSALDO 0 202101 3010 {} -50.00 2
                #PBUDGET 0 202101 3010 {1 "0123"} -60.00
                #VER A 1 20210105 "Sale" 20210106 "Me"
                {
                #TRANS 1930 {} 100.00 20210105 "" 1 "Me"
                #TRANS 3010 {1 "0123" 6 P1} -100.00
                }
                """);

        assertThat(r.problems).isEmpty();
        assertThat(r.records).hasSize(36);
        assertThat(r.records.get(1)).isEqualTo(new SieRecord.Program(2, "Visma Compact", "5.1"));
        assertThat(r.records.get(3)).isEqualTo(new SieRecord.Generated(4, LocalDate.of(2023, 8, 22), "A B"));
        assertThat(r.records.get(8)).isEqualTo(new SieRecord.OrganisationNumber(9, "555555-5555", "1", "2"));
        assertThat(r.records.get(11)).isEqualTo(new SieRecord.CompanyName(12, "Övningsbolaget AB"));
        assertThat(r.records.get(13))
                .isEqualTo(new SieRecord.FiscalYear(14, -1, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(r.all(SieRecord.SubDimension.class))
                .containsExactly(new SieRecord.SubDimension(24, "21", "Avdelning", "1"));
        assertThat(r.all(SieRecord.DimensionObject.class))
                .containsExactly(new SieRecord.DimensionObject(25, "1", "0123", "Nord"));
        assertThat(r.all(SieRecord.YearBalance.class))
                .extracting(SieRecord.YearBalance::amount)
                .containsExactly(Money.of("1000.50"), Money.of("-2.50"), Money.of(-100));
        assertThat(r.all(SieRecord.YearBalance.class).get(1).quantity()).isEqualByComparingTo("3");
        assertThat(r.all(SieRecord.ObjectBalance.class).get(1).objects()).containsExactly(new ObjectRef("1", "0123"));
        SieRecord.PeriodBalance budget = r.all(SieRecord.PeriodBalance.class).get(1);
        assertThat(budget.kind()).isEqualTo(SieRecord.PeriodBalance.Kind.BUDGET);
        assertThat(budget.period()).isEqualTo(YearMonth.of(2021, 1));
        assertThat(budget.amountOre()).isEqualTo(-6000);
        assertThat(r.all(SieRecord.Voucher.class))
                .containsExactly(new SieRecord.Voucher(
                        33, "A", "1", LocalDate.of(2021, 1, 5), "Sale", LocalDate.of(2021, 1, 6), "Me"));
        assertThat(r.all(Row.class))
                .containsExactly(
                        new Row(
                                35,
                                Row.Kind.TRANS,
                                "1930",
                                List.of(),
                                10000,
                                LocalDate.of(2021, 1, 5),
                                "",
                                BigDecimal.ONE,
                                "Me",
                                true),
                        new Row(
                                36,
                                Row.Kind.TRANS,
                                "3010",
                                List.of(new ObjectRef("1", "0123"), new ObjectRef("6", "P1")),
                                -10000,
                                null,
                                "",
                                null,
                                "",
                                true));
        assertThat(r.all(SieRecord.VoucherEnd.class)).containsExactly(new SieRecord.VoucherEnd(37));
    }

    @Test
    void isLenientWhereMeaningIsKept() throws Exception {
        SieRecorder r = SieRecorder.read("#FLAGGA\t0\r\n"
                + "#FNR \"C:\\ProgramData\\SPCS\"\r\n"
                + "#PROGRAM \"\\\"Norstedts Revision\\\"\" 2010.1.1   \r\n"
                + "\r\n"
                + "#NEWLABEL whatever 1 2 3\r\n"
                + "#KONTO 0351 Kassa extra fields\r\n"
                + "\t#VER \"\" \"\" 20251216\r\n"
                + "   {\r\n"
                + "\t#TRANS 1930 { } 5\r\n"
                + "\t#TRANS \"3010\" {\"1\" \"0001\"} -5 \"\" \"\" \"\" \"\"\r\n"
                + "   }\r\n");

        assertThat(r.errors()).isEmpty();
        assertThat(r.records.get(1)).isEqualTo(new SieRecord.CompanyId(2, "C:\\ProgramData\\SPCS"));
        assertThat(r.records.get(2)).isEqualTo(new SieRecord.Program(3, "\"Norstedts Revision\"", "2010.1.1"));
        assertThat(r.all(SieRecord.Account.class)).containsExactly(new SieRecord.Account(6, "0351", "Kassa"));
        assertThat(r.all(SieRecord.Voucher.class).getFirst().series()).isEmpty();
        assertThat(r.all(Row.class))
                .extracting(Row::account, Row::objects, Row::amountOre)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1930", List.of(), 500L),
                        org.assertj.core.groups.Tuple.tuple("3010", List.of(new ObjectRef("1", "0001")), -500L));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.message()).contains("unknown record label");
        });
    }

    @Test
    void anRtransTakesThePlaceOfTheTransThatRepeatsItAndABtransDoesNotCount() throws Exception {
        SieRecorder r = SieRecorder.read("""
                #FLAGGA 0
                #VER A 1 20100122 "Fsg" 20100326
                {
                #TRANS 1930 {} 500 20100122
                #BTRANS 3010 {"1" "1"} -400 20100326 "" "" "2 A Person"
                #RTRANS 3010 {"1" "1"} -500 20100326 "" "" "2 A Person"
                #TRANS 3010 {"1" "1"} -500 20100122
                }
                """);

        assertThat(r.problems).isEmpty();
        assertThat(r.all(Row.class))
                .extracting(Row::kind, Row::counted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Row.Kind.TRANS, true),
                        org.assertj.core.groups.Tuple.tuple(Row.Kind.BTRANS, false),
                        org.assertj.core.groups.Tuple.tuple(Row.Kind.RTRANS, true),
                        org.assertj.core.groups.Tuple.tuple(Row.Kind.TRANS, false));
    }

    @Test
    void warnsWhenAnRtransIsNotRepeated() throws Exception {
        SieRecorder r = SieRecorder.read("""
                #FLAGGA 0
                #VER A 1 20100122
                {
                #RTRANS 3010 {} -500
                #TRANS 1930 {} 500
                }
                """);

        assertThat(r.all(Row.class)).allMatch(Row::counted);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("#RTRANS not followed by the #TRANS");
        });
    }

    @Test
    void amountsBecomeWholeOre() throws Exception {
        SieRecorder r = SieRecorder.read("""
                #FLAGGA 0
                #UB 0 1 0
                #UB 0 2 -0.5
                #UB 0 3 12345678901234.99
                #UB 0 4 .25
                #UB 0 5 1.005
                #UB 0 6 -1.005
                #UB 0 7 0.994
                """);

        assertThat(r.all(SieRecord.YearBalance.class))
                .extracting(SieRecord.YearBalance::amountOre)
                .containsExactly(0L, -50L, 1234567890123499L, 25L, 101L, -101L, 99L);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.message()).contains("more than two decimals").contains("3 times");
        });
    }

    @Test
    void checksumCoversLabelsAndFieldContentOnly() throws Exception {
        String body = "#PROGRAM \"\\\"Prog\\\"\" 1.0\n#VER A 1 20200101\n{\n#TRANS 1930 {1 \"2\"} 5\n}\n";
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String part :
                List.of("#PROGRAM", "\"Prog\"", "1.0", "#VER", "A", "1", "20200101", "#TRANS", "1930", "1", "2", "5")) {
            crc.update(part.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        SieRecorder r = SieRecorder.read("#FLAGGA 0\n#KSUMMA\n" + body + "#KSUMMA " + crc.getValue() + "\n");

        assertThat(r.problems).isEmpty();
        assertThat(r.all(SieRecord.Checksum.class)).singleElement().satisfies(c -> {
            assertThat(c.matches()).isTrue();
            assertThat(c.line()).isEqualTo(8);
        });
    }
}

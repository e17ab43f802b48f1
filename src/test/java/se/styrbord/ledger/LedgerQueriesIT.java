package se.styrbord.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrbord.ledger.LedgerQueries.AccountSum;
import se.styrbord.ledger.LedgerQueries.RowPage;
import se.styrbord.ledger.LedgerQueries.VoucherRow;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.IntegrationTest;

/**
 * The drill-down read models over a file built here, so every expected figure is counted from the
 * file's own construction: accounts with and without a chart entry, totals of a filter, pages in
 * line order.
 */
@IntegrationTest
class LedgerQueriesIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0305");

    /** Vouchers of the file: each books {@code 100 + i} kronor on 5420 against 2440. */
    static final int VOUCHERS = 200;

    @Autowired
    Ledgers ledgers;

    @Autowired
    LedgerQueries queries;

    @Autowired
    Organisation organisation;

    @TempDir
    Path dir;

    long importId;

    @BeforeEach
    void imported() throws IOException {
        if (organisation.findGroup(GROUP).isEmpty()) {
            organisation.createGroup(GROUP, "Drillkoncernen");
        }
        StringBuilder sie = new StringBuilder("#FLAGGA 0\n#PROGRAM \"test\" 1\n#FORMAT PC8\n#GEN 20240101\n#SIETYP 4\n"
                + "#FNAMN \"Drill AB\"\n#ORGNR 556000-0167\n#RAR 0 20230101 20231231\n"
                + "#KONTO 2440 \"Leverantörsskulder\"\n#KONTO 5420 \"Programvaror\"\n#KONTO 6540 \"IT-tjänster\"\n"
                + "#DIM 1 \"Ansvar\"\n#OBJEKT 1 \"10\" \"IT\"\n#OBJEKT 1 \"20\" \"Skola\"\n");
        for (int i = 0; i < VOUCHERS; i++) {
            // every third voucher is on responsibility 20, the others on 10
            String object = i % 3 == 0 ? "20" : "10";
            sie.append("#VER A ")
                    .append(i + 1)
                    .append(" 20230315 \"Faktura ")
                    .append(i + 1)
                    .append("\"\n{\n")
                    .append("#TRANS 5420 {1 \"")
                    .append(object)
                    .append("\"} ")
                    .append(100 + i)
                    .append(".00\n")
                    .append("#TRANS 2440 {} -")
                    .append(100 + i)
                    .append(".00\n}\n");
        }
        // one voucher on an account the file's chart does not have
        sie.append("#VER B 1 20230401 \"Utan konto\"\n{\n#TRANS 7699 {} 12.50\n#TRANS 2440 {} -12.50\n}\n");
        Path file = dir.resolve("drill.se");
        Files.write(file, sie.toString().getBytes(Charset.forName("IBM437")));
        ImportOutcome outcome = ledgers.importFile(GROUP, file, "drill.se", null, b -> {});
        assertThat(outcome.kind())
                .as(outcome.describe())
                .isIn(ImportOutcome.Kind.IMPORTED, ImportOutcome.Kind.UNCHANGED);
        importId = outcome.importId();
    }

    @Test
    void accountsListTheChartAndAccountsThatHaveRowsWithoutAChartEntry() {
        List<AccountSum> accounts = queries.accounts(GROUP, importId);
        assertThat(accounts).extracting(AccountSum::account).containsExactly("2440", "5420", "6540", "7699");
        long software = 0;
        for (int i = 0; i < VOUCHERS; i++) {
            software += 100 + i;
        }
        AccountSum s5420 = accounts.get(1);
        assertThat(s5420.rows()).isEqualTo(VOUCHERS);
        assertThat(s5420.amount()).isEqualTo(Money.ofOre(software * 100));
        AccountSum s6540 = accounts.get(2);
        assertThat(s6540.rows()).isZero();
        assertThat(s6540.amount()).isEqualTo(Money.ofOre(0));
        AccountSum s7699 = accounts.get(3);
        assertThat(s7699.name()).as("not in the chart").isNull();
        assertThat(s7699.rows()).isEqualTo(1);
        assertThat(s7699.amount()).isEqualTo(Money.ofOre(1250));
        assertThat(accounts.getFirst().amount()).isEqualTo(Money.ofOre(-(software * 100 + 1250)));
    }

    @Test
    void aFilterCountsAndSumsEveryMatchingRowAndPagesThemInLineOrder() {
        long expectedSum = 0;
        int expectedRows = 0;
        for (int i = 0; i < VOUCHERS; i++) {
            if (i % 3 != 0) {
                expectedSum += (100 + i) * 100L;
                expectedRows++;
            }
        }
        RowPage first = queries.rows(GROUP, importId, "5420", "1=10", 0);
        assertThat(first.total()).isEqualTo(expectedRows);
        assertThat(first.sum()).isEqualTo(Money.ofOre(expectedSum));
        assertThat(first.rows()).hasSize(LedgerQueries.PAGE_SIZE);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.rows()).extracting(VoucherRow::line).isSorted();
        assertThat(first.rows().getFirst().number()).isEqualTo("2");
        assertThat(first.rows()).allSatisfy(r -> assertThat(r.objects()).isEqualTo("1=10"));

        RowPage second = queries.rows(GROUP, importId, "5420", "1=10", 1);
        assertThat(second.rows()).hasSize(expectedRows - LedgerQueries.PAGE_SIZE);
        assertThat(second.hasMore()).isFalse();
        assertThat(second.rows().getFirst().line())
                .isGreaterThan(first.rows().getLast().line());

        RowPage beyond = queries.rows(GROUP, importId, "5420", "1=10", 2);
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(expectedRows);
    }

    @Test
    void aFilterThatMatchesNothingHasNoRowsAndASumOfZero() {
        RowPage none = queries.rows(GROUP, importId, "6540", "1=10", 0);
        assertThat(none.total()).isZero();
        assertThat(none.sum()).isEqualTo(Money.ofOre(0));
        assertThat(none.rows()).isEmpty();
        assertThat(none.hasMore()).isFalse();
    }

    @Test
    void withoutAFilterEveryRowOfTheImportCounts() {
        RowPage all = queries.rows(GROUP, importId, null, List.of(), 0);
        assertThat(all.total()).isEqualTo(2L * VOUCHERS + 2);
        assertThat(all.sum()).as("balanced vouchers").isEqualTo(Money.ofOre(0));
    }
}

package se.styrbord.itcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.InvalidInput;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;
import se.styrbord.shared.Violation;
import se.styrbord.test.Http;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

/** Local IT staff and shadow IT from files: every bad row and field named, nothing half-saved. */
@IntegrationTest
class ManualInputsIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0397");

    @Autowired
    ManualInputs manual;

    @Autowired
    Organisation organisation;

    @Autowired
    ItcostFigures figures;

    @Autowired
    TestUsers users;

    @LocalServerPort
    int port;

    @BeforeEach
    void group() {
        if (organisation.findGroup(GROUP).isPresent()) {
            return;
        }
        organisation.createGroup(GROUP, "Manuella koncernen");
        organisation.addEntity(
                GROUP, new LegalEntity(OrgNumber.parse("212000-9994"), "Kommunen", EntityKind.MUNICIPALITY));
        organisation.createUnit(
                GROUP,
                new UnitDraft(
                        "BOU",
                        "Skolan",
                        UnitType.DEPARTMENT,
                        "212000-9994",
                        null,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2021, 12, 31)));
        organisation.createUnit(
                GROUP,
                new UnitDraft(
                        "VOO", "Omsorgen", UnitType.DEPARTMENT, "212000-9994", null, LocalDate.of(2020, 1, 1), null));
    }

    static final String STAFF_HEADER = "enhet;år;roll;årsarbetare;kostnad per årsarbetare;anteckning\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown unit      | XYZ;2022;IT-pedagog;1;700000;           | 2 | unit        | itcost.rule.unit",
                "unit not active   | BOU;2022;IT-pedagog;1;700000;           | 2 | unit        | itcost.manual.unitInactive",
                "not a number      | VOO;2022;IT-pedagog;en;700000;          | 2 | fte         | itcost.file.number",
                "zero FTE          | VOO;2022;IT-pedagog;0;700000;           | 2 | fte         | itcost.manual.fte",
                "negative cost     | VOO;2022;IT-pedagog;1;-5;               | 2 | costPerFte  | itcost.file.negative",
                "three decimals    | VOO;2022;IT-pedagog;1;700000,005;       | 2 | costPerFte  | itcost.file.decimals",
                "no role           | VOO;2022;;1;700000;                     | 2 | role        | itcost.manual.role",
                "bad year          | VOO;22;IT-pedagog;1;700000;             | 2 | year        | itcost.manual.year",
            })
    void aBadRowOfLocalStaffIsNamedAndNothingIsSaved(String why, String row, int rowNumber, String field, String code) {
        String content = STAFF_HEADER + row.strip() + "\nVOO;2022;IT-samordnare;1;650000;ok\n";
        assertThatThrownBy(() -> manual.importLocalStaff(GROUP, "personal.csv", stream(content)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations())
                        .contains(Violation.atRow(rowNumber, field, code, args(code, row))));
        assertThat(manual.localStaff(GROUP, 2022)).as("nothing saved: " + why).isEmpty();
    }

    private static Object[] args(String code, String row) {
        String[] cells = row.strip().split(";", -1);
        return switch (code) {
            case "itcost.rule.unit" -> new Object[] {cells[0]};
            case "itcost.manual.unitInactive" -> new Object[] {cells[0], cells[1]};
            case "itcost.file.number", "itcost.manual.fte" -> new Object[] {cells[3]};
            case "itcost.file.negative", "itcost.file.decimals" -> new Object[] {cells[4]};
            case "itcost.manual.year" -> new Object[] {cells[1]};
            default -> new Object[] {};
        };
    }

    @Test
    void aFileWithoutItsColumnsIsRefusedAtTheHeader() {
        assertThatThrownBy(() -> manual.importShadow(GROUP, "skugg.csv", stream("enhet;år;belopp\nVOO;2022;5\n")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(
                                ((InvalidInput) e).violations().getFirst().row())
                        .isEqualTo(1))
                .hasMessageContaining("itcost.file.columns");
    }

    @Test
    void aFileThatIsNotATableIsRefused() {
        assertThatThrownBy(() -> manual.importShadow(GROUP, "skugg.pdf", stream("%PDF")))
                .hasMessageContaining("itcost.file.format");
        assertThatThrownBy(() -> manual.importShadow(GROUP, "skugg.xlsx", stream("inte en arbetsbok")))
                .hasMessageContaining("itcost.file.unreadable");
    }

    @Test
    void aGoodXlsxOfShadowItIsSavedAndCountsInTheFigures() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            String[][] rows = {
                {"unit", "year", "amount", "what", "confidence", "source"},
                {"VOO", "2022", "125000.50", "Appar", "hög", "Kortutdrag"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(manual.importShadow(GROUP, "skugg.xlsx", new ByteArrayInputStream(xlsx)))
                .isEqualTo(1);
        assertThat(manual.shadow(GROUP, 2022)).singleElement().satisfies(s -> {
            assertThat(s.amount()).isEqualTo(Money.of("125000.50"));
            assertThat(s.confidence()).isEqualTo(ShadowEstimate.Confidence.HIGH);
        });
        assertThat(figures.year(GROUP, 2022).group().amounts().shadow()).isEqualTo(Money.of("125000.50"));
    }

    @Test
    void thePageListsEveryErrorOfARefusedFile() {
        Http http = Http.signedIn(port, users.analyst());
        String page = http.get("/0397/itcost/staff?year=2022").body();
        byte[] content = (STAFF_HEADER + "XYZ;2022;Roll;1;1;\nVOO;2022;Roll;x;1;\n").getBytes(StandardCharsets.UTF_8);
        var response = http.multipart(
                "/0397/itcost/staff/import?year=2022", "file", "personal.csv", content, http.csrfOf(page));
        assertThat(response.statusCode()).isEqualTo(302);
        String after = http.get("/0397/itcost/staff?year=2022").body();
        assertThat(after)
                .contains(
                        "Filen personal.csv lästes inte in",
                        "Rad 2, Enhet: Enheten XYZ finns inte.",
                        "Rad 3, Årsarbetare: ”x” är inget tal.");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

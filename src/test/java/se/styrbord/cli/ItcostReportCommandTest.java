package se.styrbord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.styrbord.StyrbordApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code itcost} (to be wired as {@code report itcost}) against the demo group in a fresh data
 * directory: the PDF and the XLSX open and hold the figures, the JSON has the fields of the issue.
 */
class ItcostReportCommandTest {

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void demo() {
        assertThat(run("demo")).isZero();
    }

    @Test
    void thePdfOpensAndHoldsTheFiguresAndTheCharts() throws IOException {
        Path pdf = dataDir.resolve("rapport.pdf");
        assertThat(run(
                        "itcost",
                        "--municipality",
                        "9999",
                        "--year",
                        "2021",
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString()))
                .isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Total IT-kostnad 2021 – Exempelstad kommunkoncern")
                    .contains("211\u00A0500\u00A0000", "103\u00A0836\u00A0000", "2,04 ×", "22,39 %", "11,00 %")
                    .contains("VOO (*)")
                    .contains("avråder från att jämföra");
            assertThat(text).as("the charts' labels").contains("IT-kostnaden per kategori", "Mkr");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theXlsxOpensWithEveryTable() throws IOException {
        Path xlsx = dataDir.resolve("rapport.xlsx");
        assertThat(run(
                        "itcost",
                        "--municipality",
                        "9999",
                        "--year",
                        "2021",
                        "--format",
                        "xlsx",
                        "--out",
                        xlsx.toString()))
                .isZero();
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            Sheet group = book.getSheet("Koncernen");
            assertThat(valueOf(group, "Total IT-kostnad")).isEqualTo(211_500_000.00);
            assertThat(valueOf(group, "Central IT (SC-IT)")).isEqualTo(103_836_000.00);
            Sheet units = book.getSheet("Enheterna");
            assertThat(units.getLastRowNum()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void theJsonHasTheFieldsOfTheReport() throws IOException {
        Path json = dataDir.resolve("rapport.json");
        assertThat(run(
                        "itcost",
                        "--municipality",
                        "9999",
                        "--year",
                        "2021",
                        "--format",
                        "json",
                        "--out",
                        json.toString()))
                .isZero();
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(root.get("municipality").asString()).isEqualTo("9999");
        assertThat(root.get("year").asInt()).isEqualTo(2021);
        assertThat(root.get("group").get("total").decimalValue()).isEqualByComparingTo("211500000.00");
        JsonNode bou = null;
        for (JsonNode unit : root.get("units")) {
            if (unit.get("code").asString().equals("BOU")) {
                bou = unit;
            }
        }
        assertThat(bou).isNotNull();
        for (String field : new String[] {
            "code",
            "name",
            "entity",
            "total",
            "central",
            "external",
            "localStaff",
            "shadow",
            "digitalisation",
            "internalEliminated",
            "turnover",
            "employees",
            "fte",
            "itShareOfTurnover",
            "perEmployee",
            "perFte"
        }) {
            assertThat(bou.has(field)).as(field).isTrue();
        }
        assertThat(bou.get("entity").asString()).isEqualTo("212000-9994");
        assertThat(Files.readString(json)).as("amounts with two decimals").contains("\"external\" : 18000000.00");
    }

    @Test
    void anUnknownGroupExitsWithOne() {
        assertThat(run("itcost", "--municipality", "0001", "--year", "2021")).isEqualTo(1);
    }

    private static double valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static int run(String... args) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--data-dir";
            all[1] = dataDir.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            CommandLine cli = new CommandLine(new StyrbordCommand(StyrbordApplication.class));
            cli.addSubcommand("itcost", new ItcostReportCommand());
            return cli.execute(all);
        } finally {
            System.setOut(original);
        }
    }
}

package se.styrbord.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.allocation.AllocationRuns;
import se.styrbord.allocation.AssetLifetimes;
import se.styrbord.allocation.FixedShares;
import se.styrbord.allocation.ShareDecisions;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.LedgerConsumption;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.FactsFile;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;

/** Loads or resets the demo group from the files in {@code classpath:demo/}. */
@Service
public class DemoGroup {

    public static final MunicipalityCode CODE = MunicipalityCode.of("9999");
    public static final String NAME = "Exempelstad kommunkoncern";

    /** What a load did, for the command line and the log. */
    public record Result(boolean loaded, int units, int factRows, int services, int useRows, int ledgers) {
        public String describe() {
            return loaded
                    ? "Loaded the demo group " + NAME + " (" + CODE + "): " + units + " units, " + factRows
                            + " rows of yearly facts, " + services + " catalogue services, " + useRows
                            + " rows of monthly consumption and " + ledgers + " ledgers (SIE) with their IT cost."
                    : "The demo group " + NAME + " (" + CODE + ") is already loaded; use --reset to load it again.";
        }
    }

    private final Organisation organisation;
    private final Catalogue catalogue;
    private final AllocationRuns runs;
    private final ShareDecisions shares;
    private final AssetLifetimes lifetimes;
    private final se.styrbord.ledger.Ledgers ledgers;
    private final DemoItcost itcost;
    private final se.styrbord.itcost.ItcostSettings itcostSettings;
    private final LedgerConsumption ledgerConsumption;

    DemoGroup(
            Organisation organisation,
            Catalogue catalogue,
            AllocationRuns runs,
            ShareDecisions shares,
            AssetLifetimes lifetimes,
            se.styrbord.ledger.Ledgers ledgers,
            DemoItcost itcost,
            se.styrbord.itcost.ItcostSettings itcostSettings,
            LedgerConsumption ledgerConsumption) {
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.runs = runs;
        this.shares = shares;
        this.lifetimes = lifetimes;
        this.ledgers = ledgers;
        this.itcost = itcost;
        this.itcostSettings = itcostSettings;
        this.ledgerConsumption = ledgerConsumption;
    }

    public boolean isLoaded() {
        return organisation.findGroup(CODE).isPresent();
    }

    @Transactional
    public Result loadIfAbsent() {
        if (isLoaded()) {
            return new Result(false, 0, 0, 0, 0, 0);
        }
        organisation.createGroup(CODE, NAME);
        for (CSVRecord row : rows("demo/entities.csv")) {
            organisation.addEntity(
                    CODE, new LegalEntity(OrgNumber.parse(row.get(0)), row.get(1), EntityKind.valueOf(row.get(2))));
        }
        int units = 0;
        for (CSVRecord row : rows("demo/units.csv")) {
            organisation.createUnit(
                    CODE,
                    new UnitDraft(
                            row.get(0),
                            row.get(1),
                            UnitType.valueOf(row.get(2)),
                            row.get(3),
                            row.get(4).isBlank() ? null : row.get(4),
                            LocalDate.parse(row.get(5)),
                            row.get(6).isBlank() ? null : LocalDate.parse(row.get(6))));
            units++;
        }
        int rows;
        try (InputStream facts = new ClassPathResource("demo/facts.csv").getInputStream()) {
            rows = organisation.saveFacts(CODE, FactsFile.read(facts, FactsFile.Format.CSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var services = DemoCatalogue.services();
        var catalogueLines = DemoCatalogue.catalogue(services);
        catalogue.saveServices(CODE, catalogueLines);
        List<se.styrbord.organisation.YearlyFacts> facts = new java.util.ArrayList<>();
        for (int year = DemoCatalogue.FIRST_YEAR; year <= DemoCatalogue.LAST_YEAR; year++) {
            facts.addAll(organisation.facts(CODE, year));
        }
        var uses = DemoCatalogue.consumption(services, organisation.units(CODE), facts);
        catalogue.saveConsumption(CODE, "demo", uses);
        saveShares();
        int ledgerCount = itcost.load(CODE, DemoCatalogue.serviceCharges(catalogueLines, uses));
        ledgerConsumption.saveSources(
                CODE,
                DemoLedgers.INVOICED_SERVICES.keySet().stream()
                        .sorted()
                        .map(s -> new LedgerConsumption.SourceDraft(s, "6430", "22=" + s))
                        .toList());
        return new Result(true, units, rows, services.size(), uses.size(), ledgerCount);
    }

    /** Deletes the demo group and everything registered for it, then loads it again. */
    @Transactional
    public Result reset() {
        if (isLoaded()) {
            runs.deleteAll(CODE);
            shares.deleteAll(CODE);
            lifetimes.deleteAll(CODE);
            catalogue.deleteAll(CODE);
            itcostSettings.deleteAll(CODE);
            ledgers.deleteAll(CODE);
            organisation.deleteGroup(CODE);
        }
        return loadIfAbsent();
    }

    /** The fixed shares decided for a year (demo/shares.csv), one decision per year. */
    private void saveShares() {
        java.util.Map<Integer, List<CSVRecord>> byYear = rows("demo/shares.csv").stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        row -> Integer.parseInt(row.get(0)),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.toList()));
        byYear.forEach((year, rows) -> shares.save(
                CODE,
                new FixedShares(
                        year,
                        rows.getFirst().get(1),
                        rows.stream()
                                .map(row -> new FixedShares.UnitShare(
                                        row.get(2),
                                        new java.math.BigDecimal(row.get(3).replace(',', '.'))))
                                .toList())));
    }

    private static List<CSVRecord> rows(String resource) {
        try (var reader =
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package se.styrbord.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.styrbord.itcost.AccountRange;
import se.styrbord.itcost.Category;
import se.styrbord.itcost.Chart;
import se.styrbord.itcost.ItcostRules;
import se.styrbord.itcost.ManualInputs;
import se.styrbord.itcost.Rule;
import se.styrbord.itcost.RuleVersion;
import se.styrbord.itcost.UnitMapping;
import se.styrbord.ledger.ImportOutcome;
import se.styrbord.ledger.Ledgers;
import se.styrbord.shared.MunicipalityCode;

/**
 * The demo group's IT cost, set up the way a municipality would: the starting-point rules reviewed
 * (internal purchases by counterpart, IT roles among the salaries, the large non-IT accounts), the
 * ledger objects mapped to units, the generated ledgers imported through the ordinary import, and
 * the manual inputs read from {@code demo/*.csv} through the ordinary file import.
 */
@Component
class DemoItcost {

    private final ItcostRules rules;
    private final UnitMapping mapping;
    private final ManualInputs manual;
    private final Ledgers ledgers;

    DemoItcost(ItcostRules rules, UnitMapping mapping, ManualInputs manual, Ledgers ledgers) {
        this.rules = rules;
        this.mapping = mapping;
        this.manual = manual;
        this.ledgers = ledgers;
    }

    /** Sets up and loads everything, with the service invoices on rows of their own; returns the number of ledgers imported. */
    int load(MunicipalityCode code, List<DemoLedgers.ServiceCharge> serviceCharges) {
        review(code);
        mapping.save(code, DemoLedgers.MUNICIPALITY, Chart.KOMMUN_BAS, "1", null, DemoLedgers.municipalityObjects());
        int imported = 0;
        try {
            Path dir = Files.createTempDirectory("styrbord-demo-");
            try {
                for (var file : DemoLedgers.files(serviceCharges).entrySet()) {
                    Path path = dir.resolve(file.getKey());
                    Files.write(path, file.getValue());
                    ImportOutcome outcome = ledgers.importFile(code, path, file.getKey(), null, bytes -> {});
                    if (outcome.kind() == ImportOutcome.Kind.REFUSED) {
                        throw new IllegalStateException("demo ledger refused: " + outcome.describe());
                    }
                    Files.delete(path);
                    imported++;
                }
            } finally {
                Files.deleteIfExists(dir);
            }
            try (InputStream staff = new ClassPathResource("demo/local-it-staff.csv").getInputStream();
                    InputStream shadow = new ClassPathResource("demo/shadow-it.csv").getInputStream()) {
                manual.importLocalStaff(code, "local-it-staff.csv", staff);
                manual.importShadow(code, "shadow-it.csv", shadow);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imported;
    }

    private void review(MunicipalityCode code) {
        for (RuleVersion version : rules.versions(code)) {
            List<Rule> list = new ArrayList<>(version.rules());
            if (version.chart() == Chart.KOMMUN_BAS) {
                list.add(rule(
                        "6430",
                        "20=SCIT",
                        Category.INTERNAL_IT_PURCHASE,
                        "Internköp från SC-IT, bokförda som licenser (motpart SCIT)"));
                list.add(rule("50-56", "21=ITPED", Category.LOCAL_IT_STAFF, "IT-pedagoger"));
                list.add(rule("50-56", "21=ITSAM", Category.LOCAL_IT_STAFF, "IT-samordnare"));
                list.add(rule("50-56", "21=SYSAG", Category.LOCAL_IT_STAFF, "Systemägare"));
                list.add(rule("5", null, Category.NOT_IT, "Personalkostnader utom IT-roller"));
                list.add(rule("60", null, Category.NOT_IT, "Lokalhyror"));
                list.add(rule("45", null, Category.NOT_IT, "Köp av huvudverksamhet"));
            } else {
                list.add(rule("40-49", null, Category.NOT_IT, "Varor och material"));
                list.add(rule("50", null, Category.NOT_IT, "Lokalkostnader"));
                list.add(rule("70-76", null, Category.NOT_IT, "Personalkostnader"));
            }
            rules.save(code, version.id(), list);
        }
    }

    private static Rule rule(String accounts, String object, Category category, String note) {
        return new Rule(0, 0, AccountRange.parse(accounts), object, null, category, false, note);
    }
}

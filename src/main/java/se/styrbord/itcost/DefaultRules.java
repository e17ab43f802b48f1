package se.styrbord.itcost;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rule sets a group starts from. BAS (companies) follows the IT accounts of the BAS chart
 * (sie.md §4.2). Kommun-Bas (municipalities) is only a starting point: there is no public
 * machine-readable Kommun-Bas list and every municipality extends the chart with its own accounts,
 * so the account rules below are assumptions to review against the municipality's own #KONTO list;
 * the unit rules (everything on the IT service centre is central IT, everything on the
 * digitalisation department is digitalisation) follow the report (3.2) and hold for any chart.
 */
public final class DefaultRules {

    /** Shown with every Kommun-Bas rule set. */
    public static final String KOMMUN_BAS_NOTE = "Startpunkt att granska, inte en officiell lista: SKR publicerar"
            + " ingen maskinläsbar Kommun-Bas och varje kommun bygger ut kontoplanen med egna konton. Granska"
            + " kontoreglerna mot kommunens egen kontoplan (#KONTO i SIE-filen), lägg till regler för interna"
            + " IT-köp (konto eller motpart), för IT-roller bland lönerna och bestäm om tele räknas som IT.";

    public static final String BAS_NOTE = "BAS-kontoplanens IT-konton (programvaror, IT-tjänster,"
            + " datakommunikation, avskrivningar på datorer och licenser). Tele (6211–6214) räknas här som IT;"
            + " ändra till Ej IT om koncernen inte gör det.";

    private DefaultRules() {}

    public static List<Rule> bas() {
        List<Rule> rules = new ArrayList<>();
        add(rules, "1-2", Category.NOT_IT, "Balanskonton");
        add(rules, "3", Category.NOT_IT, "Intäkter");
        add(rules, "8", Category.NOT_IT, "Finansiella poster, bokslutsdispositioner och skatt");
        add(rules, "5420", Category.EXTERNAL_IT, "Programvaror");
        add(rules, "6211-6214", Category.EXTERNAL_IT, "Tele (fast, mobil, sökning, fax) – valbart");
        add(rules, "6230", Category.EXTERNAL_IT, "Datakommunikation");
        add(rules, "6540", Category.EXTERNAL_IT, "IT-tjänster");
        add(rules, "7814", Category.EXTERNAL_IT, "Avskrivningar på licenser");
        add(rules, "7835", Category.EXTERNAL_IT, "Avskrivningar på datorer");
        return rules;
    }

    /**
     * The Kommun-Bas starting point; {@code itServiceCentres} and {@code digitalisationUnits} are the
     * codes of the group's units of those types.
     */
    public static List<Rule> kommunBas(List<String> itServiceCentres, List<String> digitalisationUnits) {
        List<Rule> rules = new ArrayList<>();
        add(rules, "1-2", Category.NOT_IT, "Balanskonton");
        add(rules, "3", Category.NOT_IT, "Intäkter");
        add(rules, "8", Category.NOT_IT, "Skatter, utjämning och finansiella poster");
        add(rules, "40", Category.NOT_IT, "Inköp av anläggningstillgångar: IT-kostnaden kommer via avskrivningarna");
        add(rules, "6412", Category.EXTERNAL_IT, "Datorer och kringutrustning (antaget konto, granska)");
        add(rules, "6430", Category.EXTERNAL_IT, "Programvaror och licenser (antaget konto, granska)");
        add(rules, "6831", Category.EXTERNAL_IT, "Avskrivningar IT-utrustning (antaget konto, granska)");
        add(rules, "7110", Category.EXTERNAL_IT, "Telefoni – valbart (antaget konto, granska)");
        add(rules, "7120", Category.EXTERNAL_IT, "Datakommunikation (antaget konto, granska)");
        add(rules, "7450", Category.EXTERNAL_IT, "IT-tjänster och IT-konsulter (antaget konto, granska)");
        for (String unit : itServiceCentres) {
            rules.add(rule(
                    rules.size(), "41-79", null, unit, Category.CENTRAL_IT, false, "IT-servicecentrets kostnader"));
        }
        for (String unit : digitalisationUnits) {
            rules.add(rule(
                    rules.size(),
                    "41-79",
                    null,
                    unit,
                    Category.DIGITALISATION,
                    false,
                    "Digitaliseringens driftkostnader"));
            rules.add(rule(
                    rules.size(),
                    "40",
                    null,
                    unit,
                    Category.DIGITALISATION,
                    true,
                    "Digitalisering, investeringsmedel"));
        }
        return rules;
    }

    private static void add(List<Rule> rules, String accounts, Category category, String note) {
        rules.add(rule(rules.size(), accounts, null, null, category, false, note));
    }

    private static Rule rule(
            int position,
            String accounts,
            @Nullable String object,
            @Nullable String unit,
            Category category,
            boolean investment,
            String note) {
        return new Rule(0, position, AccountRange.parse(accounts), object, unit, category, investment, note);
    }
}

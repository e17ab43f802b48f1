package se.styrbord.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The demo group's ledgers, 2019–2021: SIE 4E files of the municipality and its five companies,
 * generated the same way every time. Through the IT-cost pipeline they give the report's figures
 * (domain.md "Report figures to reproduce"; README in {@code demo/}): central IT 1.82 % of the
 * municipality's turnover in 2019 and 1.71 % in 2021, total IT cost twice the central IT budget,
 * digitalisation 22 % of total IT cost with investment funds and 11 % without (2021). The IT
 * service centre charges the units internally on the licence account with counterpart SCIT, as the
 * report says Sundsvall books all internal IT orders; those purchases are eliminated. Two services are
 * invoiced on rows of their own with a service object ({@code 22=ELEV}, {@code 22=RPA}), carved out
 * of the unit's monthly charge so that every total stays the same: the consumption that the catalogue
 * can take from the ledgers.
 */
final class DemoLedgers {

    static final List<Integer> YEARS = List.of(2019, 2020, 2021);
    static final String MUNICIPALITY = "212000-9994";

    /** A department or central function of the municipality: its ledger object and its yearly amounts (SEK). */
    private record Dept(
            String code,
            String object,
            String name,
            long external,
            Map<String, Long> itRoles,
            int internalWeight,
            long sizeMsek,
            boolean buysMainActivity) {}

    private record Company(String code, String org, String name, long external, long sizeMsek) {}

    /** A unit's invoice for one service in a month, on a row of its own: amount and, when the row carries one, quantity. */
    record ServiceCharge(
            String unitCode,
            java.time.YearMonth month,
            String service,
            long ore,
            @Nullable Long quantity) {}

    /** The services invoiced on rows of their own, with their object names in dimension 22. */
    static final Map<String, String> INVOICED_SERVICES =
            Map.of("ELEV", "Elevdator (skolans pool)", "RPA", "Automatisering med robotar");

    /** Central IT, the IT service centre's own costs (report 3.1: 1.82 % and 1.71 % of turnover). */
    static long central(int year) {
        return switch (year) {
            case 2019 -> 109_200_000;
            case 2020 -> 106_500_000;
            default -> 103_836_000;
        };
    }

    /** The IT service centre's internal invoicing, öre: its turnover in facts.csv. */
    static long internalOre(int year) {
        return switch (year) {
            case 2019 -> 110_000_000_00L;
            case 2020 -> 107_340_200_00L;
            default -> 104_744_713_96L;
        };
    }

    /** Digitalisation from operating funds. */
    static long digitalisationOperating(int year) {
        return switch (year) {
            case 2019 -> 16_200_000;
            case 2020 -> 14_000_000;
            default -> 23_265_000;
        };
    }

    /** Digitalisation from investment funds (none before 2020). */
    static long digitalisationInvestment(int year) {
        return switch (year) {
            case 2019 -> 0;
            case 2020 -> 8_000_000;
            default -> 24_100_000;
        };
    }

    /** External IT and IT staff in the ledgers grow a little every year (per mille of the 2021 amounts). */
    static long factor(int year) {
        return switch (year) {
            case 2019 -> 990;
            case 2020 -> 995;
            default -> 1000;
        };
    }

    private static List<Dept> departments(int year) {
        boolean merged = year >= 2021;
        List<Dept> depts = new ArrayList<>();
        depts.add(new Dept(
                "KSK", "1000", "Kommunstyrelsekontoret", 4_000_000, Map.of("SYSAG", 2_000_000L), 12, 150, false));
        depts.add(new Dept(
                "BOU",
                "2000",
                "Barn- och utbildningsförvaltningen",
                18_000_000,
                ordered("ITPED", 10_000_000L, "ITSAM", 4_000_000L),
                100,
                2480,
                true));
        depts.add(new Dept(
                "VOO",
                "3000",
                "Vård- och omsorgsförvaltningen",
                3_000_000,
                Map.of("ITSAM", 1_500_000L),
                28,
                1930,
                true));
        depts.add(new Dept(
                "IAF",
                "4000",
                "Individ- och arbetsmarknadsförvaltningen",
                5_000_000,
                Map.of("SYSAG", 2_500_000L),
                18,
                647,
                true));
        depts.add(new Dept("KFF", "5000", "Kultur- och fritidsförvaltningen", 2_500_000, Map.of(), 8, 262, false));
        depts.add(new Dept(
                "SBK",
                "6000",
                "Stadsbyggnadskontoret",
                merged ? 4_500_000 : 3_900_000,
                Map.of("SYSAG", 2_000_000L),
                merged ? 14 : 12,
                merged ? 260 : 230,
                false));
        depts.add(new Dept("MK", "6500", "Miljökontoret", 1_000_000, Map.of(), 3, 41, false));
        if (!merged) {
            depts.add(new Dept("LMK", "6600", "Lantmäterikontoret", 600_000, Map.of(), 2, 30, false));
        }
        depts.add(new Dept("SF", "7000", "Serviceförvaltningen", 2_000_000, Map.of(), 5, 122, false));
        return depts;
    }

    private static final List<Company> COMPANIES = List.of(
            new Company("ENERGI", "556999-0012", "Exempelstad Energi AB", 14_000_000, 918),
            new Company("BOSTAD", "556999-0020", "Exempelstad Bostäder AB", 8_000_000, 714),
            new Company("VATTEN", "556999-0038", "Exempelstad Vatten AB", 5_000_000, 357),
            new Company("HAMN", "556999-0046", "Exempelstad Hamn AB", 2_200_000, 122),
            new Company("PARK", "556999-0053", "Exempelstad Parkering AB", 800_000, 41));

    /** The objects of dimension 1 of the municipality's ledger and the units they are, for the mapping. */
    static Map<String, String> municipalityObjects() {
        Map<String, String> objects = new LinkedHashMap<>();
        objects.put("1100", "SCIT");
        objects.put("1200", "DIGI");
        for (Dept d : departments(2019)) {
            objects.put(d.object(), d.code());
        }
        return objects;
    }

    /** File name → SIE bytes, every entity and year, with the service invoices given on rows of their own. */
    static Map<String, byte[]> files(List<ServiceCharge> serviceCharges) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int year : YEARS) {
            files.put("exempelstads-kommun-" + year + ".se", municipality(year, serviceCharges));
            for (Company c : COMPANIES) {
                files.put(c.code().toLowerCase(java.util.Locale.ROOT) + "-" + year + ".se", company(c, year));
            }
        }
        return files;
    }

    static byte[] municipality(int year, List<ServiceCharge> serviceCharges) {
        Map<String, List<ServiceCharge>> charged = new java.util.HashMap<>();
        for (ServiceCharge c : serviceCharges) {
            if (c.month().getYear() == year) {
                charged.computeIfAbsent(c.unitCode() + "/" + c.month().getMonthValue(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        SieWriter sie = new SieWriter(MUNICIPALITY, "Exempelstads kommun", year, "");
        sie.account("1229", "Ackumulerade avskrivningar IT-utrustning")
                .account("1930", "Bank")
                .account("2440", "Leverantörsskulder")
                .account("3990", "Interna intäkter")
                .account("4090", "Investeringsutgifter, immateriella tillgångar")
                .account("4510", "Köp av huvudverksamhet")
                .account("5010", "Löner, månadsavlönade")
                .account("5610", "Personalomkostnader")
                .account("6010", "Lokalhyror")
                .account("6412", "Datorer och kringutrustning")
                .account("6430", "Programvaror och licenser")
                .account("6490", "Övrigt förbrukningsmaterial")
                .account("6831", "Avskrivningar IT-utrustning")
                .account("7110", "Telefoni")
                .account("7120", "Datakommunikation")
                .account("7450", "IT-tjänster och IT-konsulter")
                .account("7690", "Övriga främmande tjänster");
        sie.dimension("1", "Ansvar")
                .dimension("20", "Motpart")
                .dimension("21", "Roll")
                .dimension("22", "Tjänst");
        INVOICED_SERVICES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sie.object("22", e.getKey(), e.getValue()));
        sie.object("1", "1100", "Servicecenter IT").object("1", "1200", "Digitaliseringsavdelningen");
        for (Dept d : departments(year)) {
            sie.object("1", d.object(), d.name());
        }
        sie.object("20", "SCIT", "Servicecenter IT")
                .object("21", "ITPED", "IT-pedagog")
                .object("21", "ITSAM", "IT-samordnare")
                .object("21", "SYSAG", "Systemägare");
        long f = factor(year);
        long[] central = SieWriter.split(central(year) * 100, 40, 13, 20, 8, 9, 10);
        long[] digital = SieWriter.split(digitalisationOperating(year) * 100, 50, 16, 34);
        List<Dept> depts = departments(year);
        int[] weights = new int[depts.size() + 1];
        weights[0] = 6; // the digitalisation department buys from SC-IT too
        for (int i = 0; i < depts.size(); i++) {
            weights[i + 1] = depts.get(i).internalWeight();
        }
        long[] internal = SieWriter.split(internalOre(year), weights);
        for (int m = 1; m <= 12; m++) {
            int month = m;
            String mm = String.format(" %d-%02d", year, month);
            List<String[]> scit = objects("1", "1100");
            sie.voucher(
                    month,
                    "Löner SC-IT" + mm,
                    List.of(row("5010", scit, central[0], month), row("5610", scit, central[1], month)),
                    "1930");
            sie.voucher(
                    month,
                    "Leverantörsfakturor SC-IT" + mm,
                    List.of(
                            row("6430", scit, central[2], month),
                            row("7120", scit, central[3], month),
                            row("7450", scit, central[4], month)),
                    "2440");
            sie.voucher(month, "Avskrivningar SC-IT" + mm, List.of(row("6831", scit, central[5], month)), "1229");
            List<String[]> digi = objects("1", "1200");
            sie.voucher(
                    month,
                    "Löner digitalisering" + mm,
                    List.of(row("5010", digi, digital[0], month), row("5610", digi, digital[1], month)),
                    "1930");
            sie.voucher(month, "Konsulter digitalisering" + mm, List.of(row("7450", digi, digital[2], month)), "2440");
            sie.voucher(
                    month,
                    "Digitaliseringsprojekt, investering" + mm,
                    List.of(row("4090", digi, digitalisationInvestment(year) * 100, month)),
                    "2440");
            List<SieWriter.Row> charges = new ArrayList<>();
            charge(charges, "1200", internal[0], month, charged.getOrDefault("DIGI/" + month, List.of()));
            for (int i = 0; i < depts.size(); i++) {
                Dept d = depts.get(i);
                charge(
                        charges,
                        d.object(),
                        internal[i + 1],
                        month,
                        charged.getOrDefault(d.code() + "/" + month, List.of()));
            }
            sie.voucher(month, "Internfakturering SC-IT" + mm, charges, "3990", scit);
            for (Dept d : depts) {
                List<String[]> unit = objects("1", d.object());
                long[] external = SieWriter.split(d.external() * f / 10, 15, 45, 10, 10, 20);
                long size = d.sizeMsek() * 1_000_000 * 100;
                List<SieWriter.Row> purchases = new ArrayList<>(List.of(
                        row("6412", unit, external[0], month), row("6430", unit, external[1], month),
                        row("7110", unit, external[2], month), row("7120", unit, external[3], month),
                        row("7450", unit, external[4], month), row("6010", unit, size * 8 / 100, month),
                        row("6490", unit, size * 2 / 100, month), row("7690", unit, size * 3 / 100, month)));
                if (d.buysMainActivity()) {
                    purchases.add(row("4510", unit, size * 15 / 100, month));
                }
                sie.voucher(month, "Leverantörsfakturor " + d.code() + mm, purchases, "2440");
                List<SieWriter.Row> salaries = new ArrayList<>(
                        List.of(row("5010", unit, size * 45 / 100, month), row("5610", unit, size * 15 / 100, month)));
                d.itRoles().forEach((role, amount) -> {
                    long[] parts = SieWriter.split(amount * f / 10, 76, 24);
                    List<String[]> staff = objects("1", d.object(), "21", role);
                    salaries.add(row("5010", staff, parts[0], month));
                    salaries.add(row("5610", staff, parts[1], month));
                });
                sie.voucher(month, "Löner " + d.code() + mm, salaries, "1930");
            }
        }
        return sie.bytes();
    }

    static byte[] company(Company c, int year) {
        SieWriter sie = new SieWriter(c.org(), c.name(), year, "EUBAS97");
        sie.account("1259", "Ackumulerade avskrivningar på datorer")
                .account("1930", "Företagskonto")
                .account("2440", "Leverantörsskulder")
                .account("4010", "Inköp material och varor")
                .account("5010", "Lokalhyra")
                .account("5420", "Programvaror")
                .account("6212", "Mobiltelefon")
                .account("6230", "Datakommunikation")
                .account("6540", "IT-tjänster")
                .account("6550", "Konsultarvoden")
                .account("7010", "Löner till kollektivanställda")
                .account("7510", "Arbetsgivaravgifter")
                .account("7835", "Avskrivningar på datorer");
        sie.dimension("1", "Resultatenhet").object("1", "10", "Administration").object("1", "20", "Drift");
        long[] external = SieWriter.split(c.external() * factor(year) / 10, 30, 10, 40, 5, 15);
        long size = c.sizeMsek() * 1_000_000 * 100;
        List<String[]> admin = objects("1", "10");
        List<String[]> drift = objects("1", "20");
        for (int month = 1; month <= 12; month++) {
            String mm = String.format(" %d-%02d", year, month);
            sie.voucher(
                    month,
                    "Leverantörsfakturor" + mm,
                    List.of(
                            row("5420", admin, external[0], month),
                            row("6230", admin, external[1], month),
                            row("6540", admin, external[2], month),
                            row("6212", admin, external[3], month),
                            row("4010", drift, size * 30 / 100, month),
                            row("5010", admin, size * 5 / 100, month),
                            row("6550", admin, size * 2 / 100, month)),
                    "2440");
            sie.voucher(
                    month,
                    "Löner" + mm,
                    List.of(row("7010", drift, size * 35 / 100, month), row("7510", drift, size * 11 / 100, month)),
                    "1930");
            sie.voucher(month, "Avskrivningar" + mm, List.of(row("7835", admin, external[4], month)), "1259");
        }
        return sie.bytes();
    }

    /**
     * A unit's monthly internal charge from SC-IT: a row per service invoiced on its own, with its
     * service object, and the rest of the month's part of {@code yearlyOre} on one row.
     */
    private static void charge(
            List<SieWriter.Row> rows, String object, long yearlyOre, int month, List<ServiceCharge> services) {
        long rest = SieWriter.monthly(yearlyOre, month);
        for (ServiceCharge c : services.stream()
                .sorted(java.util.Comparator.comparing(ServiceCharge::service))
                .toList()) {
            rows.add(new SieWriter.Row(
                    "6430", objects("1", object, "20", "SCIT", "22", c.service()), c.ore(), c.quantity()));
            rest -= c.ore();
        }
        if (rest < 0) {
            throw new IllegalStateException(
                    "the service invoices of object " + object + " exceed its charge in month " + month);
        }
        rows.add(new SieWriter.Row("6430", objects("1", object, "20", "SCIT"), rest));
    }

    private static SieWriter.Row row(String account, List<String[]> objects, long yearlyOre, int month) {
        return new SieWriter.Row(account, objects, SieWriter.monthly(yearlyOre, month));
    }

    private static List<String[]> objects(String... pairs) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return list;
    }

    private static Map<String, Long> ordered(String k1, Long v1, String k2, Long v2) {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private DemoLedgers() {}
}

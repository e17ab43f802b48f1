package se.styrbord.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.MonthlyUse;
import se.styrbord.catalogue.ServiceLine;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.UseLine;
import se.styrbord.organisation.Unit;
import se.styrbord.organisation.UnitType;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.Money;

/**
 * The demo group's service catalogue (demo/catalogue.csv) and each unit's monthly use of it for
 * 2019–2021, generated deterministically: use = employees × the service's intensity for the kind of
 * unit (office, school, care, company) × the service's demand pattern, with a fixed random seed.
 * The patterns make some services stable, some seasonal or project-driven, one that shifts level
 * in April 2020 and one that starts to fluctuate in 2021 (see demo/README.md).
 */
final class DemoCatalogue {

    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2021;
    static final BigDecimal MARKUP = new BigDecimal("0.02");
    private static final long SEED = 2021_12_31L;
    private static final double[] SCHOOL_YEAR = {1.10, 1.15, 1.10, 1.05, 1.00, 0.70, 0.35, 0.80, 1.20, 1.15, 1.10, 0.90
    };

    enum Pattern {
        STABLE,
        TREND,
        SEASONAL,
        PROJECT,
        LEVEL_SHIFT_2020,
        VOLATILE_FROM_2021
    }

    record DemoService(
            ItService service,
            Money selfCost2019,
            BigDecimal yearlyChange,
            Pattern pattern,
            double[] intensity,
            Money setPrice) {}

    private DemoCatalogue() {}

    static List<DemoService> services() {
        List<DemoService> services = new ArrayList<>();
        for (CSVRecord row : rows()) {
            LocalDate added = LocalDate.parse(row.get("tillagd"));
            LocalDate retired = row.get("borttagen").isBlank() ? null : LocalDate.parse(row.get("borttagen"));
            double[] intensity = {
                number(row.get("kontor")), number(row.get("skola")), number(row.get("omsorg")), number(row.get("bolag"))
            };
            services.add(new DemoService(
                    new ItService(
                            row.get("tjänst"), row.get("namn"), row.get("ägare"), row.get("måttenhet"), added, retired),
                    Money.of(row.get("självkostnad_2019")),
                    new BigDecimal(row.get("förändring_per_år").replace(',', '.')),
                    Pattern.valueOf(row.get("mönster")),
                    intensity,
                    row.get("beslutat_pris").isBlank() ? null : Money.of(row.get("beslutat_pris"))));
        }
        return services;
    }

    /** One catalogue row per service and year it was offered in 2019–2021, self-cost changing by its yearly rate. */
    static List<ServiceLine> catalogue(List<DemoService> services) {
        List<ServiceLine> lines = new ArrayList<>();
        for (DemoService s : services) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                if (s.service().statusIn(year) == se.styrbord.catalogue.ServiceStatus.NOT_OFFERED) {
                    continue;
                }
                BigDecimal factor = BigDecimal.ONE.add(s.yearlyChange()).pow(year - FIRST_YEAR);
                Money selfCost =
                        new Money(s.selfCost2019().amount().multiply(factor).setScale(0, RoundingMode.HALF_UP));
                lines.add(new ServiceLine(
                        lines.size() + 2,
                        s.service(),
                        new ServicePrice(s.service().code(), year, selfCost, MARKUP, s.setPrice())));
            }
        }
        return lines;
    }

    /** Every unit's use of every service, month by month, 2019–2021. */
    static List<UseLine> consumption(List<DemoService> services, List<Unit> units, List<YearlyFacts> facts) {
        Map<String, Integer> employees = new HashMap<>();
        facts.forEach(f -> {
            if (f.employees() != null) {
                employees.put(f.unitCode() + "/" + f.year(), f.employees());
            }
        });
        List<Unit> recipients = units.stream()
                .filter(u -> u.type() != UnitType.IT_SERVICE_CENTRE)
                .sorted(Comparator.comparing(Unit::code))
                .toList();
        Random random = new Random(SEED);
        List<UseLine> lines = new ArrayList<>();
        for (DemoService s : services) {
            for (YearMonth month = YearMonth.of(FIRST_YEAR, 1);
                    !month.isAfter(YearMonth.of(LAST_YEAR, 12));
                    month = month.plusMonths(1)) {
                double common = common(s.pattern(), month, random);
                if (!s.service().offeredIn(month)) {
                    continue;
                }
                for (Unit unit : recipients) {
                    Integer staff = employees.get(unit.code() + "/" + month.getYear());
                    double intensity = s.intensity()[kind(unit)];
                    double noise = 1 + 0.03 * (random.nextDouble() - 0.5);
                    if (staff == null || intensity == 0 || !activeIn(unit, month)) {
                        continue;
                    }
                    long quantity = Math.round(staff * intensity * common * noise);
                    if (quantity > 0) {
                        lines.add(new UseLine(
                                lines.size() + 2, new MonthlyUse(s.service().code(), unit.code(), month, quantity)));
                    }
                }
            }
        }
        return lines;
    }

    /**
     * The internal invoices of the services that SC-IT invoices on rows of their own
     * ({@link DemoLedgers#INVOICED_SERVICES}): each unit's use × the price per year / 12 in the month,
     * rounded half up to the öre. The robots' rows carry the quantity; the pupils' computers' rows do
     * not, so their use is taken back from the amount.
     */
    static List<DemoLedgers.ServiceCharge> serviceCharges(List<ServiceLine> catalogue, List<UseLine> uses) {
        Map<String, Long> priceOre = new HashMap<>();
        catalogue.forEach(l -> priceOre.put(
                l.service().code() + "/" + l.price().year(), l.price().price().ore()));
        List<DemoLedgers.ServiceCharge> charges = new ArrayList<>();
        for (UseLine line : uses) {
            MonthlyUse use = line.use();
            if (!DemoLedgers.INVOICED_SERVICES.containsKey(use.serviceCode())) {
                continue;
            }
            long price = priceOre.get(use.serviceCode() + "/" + use.month().getYear());
            long ore = (Math.multiplyExact(price, use.quantity()) + 6) / 12;
            charges.add(new DemoLedgers.ServiceCharge(
                    use.unitCode(),
                    use.month(),
                    use.serviceCode(),
                    ore,
                    use.serviceCode().equals("RPA") ? use.quantity() : null));
        }
        return charges;
    }

    /** The month's factor common to all units: the service's demand pattern. */
    private static double common(Pattern pattern, YearMonth month, Random random) {
        int t = (month.getYear() - FIRST_YEAR) * 12 + month.getMonthValue() - 1;
        double shock = random.nextDouble() - 0.5;
        return switch (pattern) {
            case STABLE -> 1 + 0.002 * t;
            case TREND -> 1 + 0.025 * t;
            case SEASONAL -> SCHOOL_YEAR[month.getMonthValue() - 1];
            case PROJECT -> 1 + 0.9 * shock;
            case LEVEL_SHIFT_2020 -> month.isBefore(YearMonth.of(2020, 4)) ? 1 : 2.6;
            case VOLATILE_FROM_2021 -> month.getYear() < 2021 ? 1 + 0.002 * t : 1 + 0.04 * t * shock;
        };
    }

    /** 0 office, 1 school, 2 care, 3 company. */
    private static int kind(Unit unit) {
        if (unit.type() == UnitType.COMPANY) {
            return 3;
        }
        return switch (unit.code()) {
            case "BOU" -> 1;
            case "VOO" -> 2;
            default -> 0;
        };
    }

    private static boolean activeIn(Unit unit, YearMonth month) {
        return !unit.validFrom().isAfter(month.atEndOfMonth())
                && (unit.validTo() == null || !unit.validTo().isBefore(month.atDay(1)));
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static List<CSVRecord> rows() {
        try (var reader = new InputStreamReader(
                new ClassPathResource("demo/catalogue.csv").getInputStream(), StandardCharsets.UTF_8)) {
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

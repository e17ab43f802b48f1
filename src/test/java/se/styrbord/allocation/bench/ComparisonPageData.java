package se.styrbord.allocation.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.styrbord.StyrbordApplication;
import se.styrbord.allocation.AllocationReport;
import se.styrbord.allocation.AllocationRuns;
import se.styrbord.allocation.RunModel;
import se.styrbord.allocation.RunRequest;
import se.styrbord.catalogue.Catalogue;
import se.styrbord.catalogue.ItService;
import se.styrbord.catalogue.MonthlyUse;
import se.styrbord.catalogue.ServiceLine;
import se.styrbord.catalogue.ServicePrice;
import se.styrbord.catalogue.UseLine;
import se.styrbord.organisation.EntityKind;
import se.styrbord.organisation.LegalEntity;
import se.styrbord.organisation.Organisation;
import se.styrbord.organisation.UnitDraft;
import se.styrbord.organisation.UnitType;
import se.styrbord.organisation.YearlyFacts;
import se.styrbord.shared.Money;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.shared.OrgNumber;

/**
 * Loads a data directory for bench/comparison-page.sh: group 9998 with 60 units, 1,000 services and
 * every unit using every service every month of 2021 (720,000 monthly uses), then stores one
 * headcount run over it and prints its id. Seeded, like {@link AllocationData}.
 *
 * <p>{@code java -cp … se.styrbord.allocation.bench.ComparisonPageData DATA_DIR}
 */
public final class ComparisonPageData {

    static final MunicipalityCode GROUP = MunicipalityCode.of("9998");
    static final int UNITS = 60;
    static final int SERVICES = 1_000;
    static final int YEAR = 2021;

    private ComparisonPageData() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StyrbordApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--styrbord.data-dir=" + args[0],
                        "--styrbord.demo.load-on-first-start=false",
                        "--styrbord.admin-password=bench-password-123",
                        "--logging.level.root=warn")) {
            Organisation organisation = context.getBean(Organisation.class);
            Catalogue catalogue = context.getBean(Catalogue.class);
            AllocationRuns runs = context.getBean(AllocationRuns.class);
            Random random = new Random(2281);
            long started = System.nanoTime();
            organisation.createGroup(GROUP, "Benchkoncern");
            organisation.addEntity(
                    GROUP, new LegalEntity(OrgNumber.parse("212000-9994"), "Benchkommun", EntityKind.MUNICIPALITY));
            List<YearlyFacts> facts = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                organisation.createUnit(
                        GROUP,
                        new UnitDraft(
                                "U" + u,
                                "Enhet " + u,
                                UnitType.DEPARTMENT,
                                "212000-9994",
                                null,
                                LocalDate.of(2012, 1, 1),
                                null));
                int employees = 20 + random.nextInt(3_000);
                facts.add(new YearlyFacts(
                        "U" + u, YEAR, Money.of(employees * 1_000_000L), employees, BigDecimal.valueOf(employees)));
            }
            organisation.saveFacts(GROUP, facts);
            List<ServiceLine> services = new ArrayList<>();
            for (int s = 0; s < SERVICES; s++) {
                ItService service =
                        new ItService("S" + s, "Tjänst " + s, "Teamet", "st", LocalDate.of(2012, 1, 1), null);
                services.add(new ServiceLine(
                        s + 2,
                        service,
                        new ServicePrice(
                                service.code(),
                                YEAR,
                                Money.ofOre(10_000 + random.nextInt(1_000_000)),
                                new BigDecimal("0.02"),
                                null)));
            }
            catalogue.saveServices(GROUP, services);
            List<UseLine> uses = new ArrayList<>(UNITS * SERVICES * 12);
            for (int m = 1; m <= 12; m++) {
                for (int u = 0; u < UNITS; u++) {
                    for (int s = 0; s < SERVICES; s++) {
                        double season = s % 3 == 0 ? 1 + 0.4 * Math.sin(2 * Math.PI * m / 12) : 1;
                        long quantity =
                                Math.round((1 + (u * 7 + s) % 40) * season * (0.97 + 0.06 * random.nextDouble()));
                        uses.add(new UseLine(
                                uses.size() + 2, new MonthlyUse("S" + s, "U" + u, YearMonth.of(YEAR, m), quantity)));
                    }
                }
            }
            catalogue.saveConsumption(GROUP, "bench", uses);
            long loaded = System.nanoTime();
            AllocationReport run = runs.store(GROUP, new RunRequest(YEAR, RunModel.HEADCOUNT, null, null));
            long stored = System.nanoTime();
            System.err.printf(
                    "loaded %,d uses in %.1f s; stored run %d in %.1f s%n",
                    uses.size(), (loaded - started) / 1e9, run.runId(), (stored - loaded) / 1e9);
            System.out.println(run.runId());
        }
    }
}

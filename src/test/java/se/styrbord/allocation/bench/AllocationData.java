package se.styrbord.allocation.bench;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.styrbord.allocation.AllocationYear;
import se.styrbord.allocation.Consumption;
import se.styrbord.allocation.PricedService;
import se.styrbord.allocation.UnitFacts;
import se.styrbord.catalogue.DemandSeries;
import se.styrbord.shared.Money;

/**
 * A group of 60 units using each of 1,000 services every month for ten years (2012–2021): 7.2
 * million monthly uses. A third of the services are seasonal. Seeded, so every run sees the same data;
 * unit and service codes are shared instances, as a loader that keeps one per code would give.
 */
@State(Scope.Benchmark)
public class AllocationData {

    static final int SERVICES = 1_000;
    static final int UNITS = 60;
    static final int YEARS = 10;

    List<PricedService> priceList;
    List<AllocationYear> years;
    List<DemandSeries> demand;

    @Setup
    public void generate() {
        Random random = new Random(2281);
        priceList = IntStream.range(0, SERVICES)
                .mapToObj(s -> new PricedService(
                        "S" + s, "Service " + s, "unit", Money.ofOre(10_000 + random.nextInt(1_000_000))))
                .toList();
        List<UnitFacts> units = IntStream.range(0, UNITS)
                .mapToObj(u -> UnitFacts.withEmployees("U" + u, "Unit " + u, 20 + random.nextInt(3_000)))
                .toList();
        long[][] level = new long[UNITS][SERVICES];
        for (long[] unit : level) {
            IntStream.range(0, SERVICES).forEach(s -> unit[s] = 1 + random.nextInt(40));
        }
        double[][] serviceDemand = new double[SERVICES][YEARS * 12];
        years = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            List<Consumption> uses = new ArrayList<>(UNITS * SERVICES * 12);
            for (int m = 0; m < 12; m++) {
                YearMonth month = YearMonth.of(2012 + y, m + 1);
                for (int u = 0; u < UNITS; u++) {
                    for (int s = 0; s < SERVICES; s++) {
                        double season = s % 3 == 0 ? 1 + 0.4 * Math.sin(2 * Math.PI * m / 12) : 1;
                        long quantity = Math.round(level[u][s] * season * (0.97 + 0.06 * random.nextDouble()));
                        uses.add(new Consumption(
                                units.get(u).code(), priceList.get(s).code(), month, quantity));
                        serviceDemand[s][y * 12 + m] += quantity;
                    }
                }
            }
            Money pool = Money.of(60_000_000L + random.nextInt(20_000_000));
            years.add(AllocationYear.monthly(Year.of(2012 + y), pool, units, uses));
        }
        demand = IntStream.range(0, SERVICES)
                .mapToObj(s -> new DemandSeries(
                        "S" + s,
                        YearMonth.of(2012, 1),
                        java.util.Arrays.stream(serviceDemand[s]).boxed().toList()))
                .toList();
    }
}

package se.styrbord.allocation.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import se.styrbord.allocation.AllocationYear;
import se.styrbord.allocation.Chargeback;
import se.styrbord.allocation.Driver;
import se.styrbord.allocation.Hybrid;
import se.styrbord.allocation.ModelComparison;
import se.styrbord.catalogue.DemandClass;
import se.styrbord.catalogue.VolatilityThresholds;
import se.styrbord.catalogue.VolatilityWatch;

/**
 * An allocation run over 1,000 services × 60 units × 120 months: classify every service's demand
 * over the ten years, then for each year allocate by today's chargeback and by the hybrid (stable
 * services charged, the rest by headcount) and compare the two per unit. {@code oneYear} does the
 * same for the last year only. Run with {@code main}; JMH options may follow on the command line.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class AllocationRunBenchmark {

    static final VolatilityWatch WATCH = VolatilityWatch.yearly(VolatilityThresholds.DEFAULT);

    @Benchmark
    public List<ModelComparison> tenYears(AllocationData data) {
        Set<String> stable = stableServices(data);
        return data.years.stream().map(year -> compare(data, stable, year)).toList();
    }

    @Benchmark
    public ModelComparison oneYear(AllocationData data) {
        return compare(data, stableServices(data), data.years.getLast());
    }

    static ModelComparison compare(AllocationData data, Set<String> stable, AllocationYear year) {
        return ModelComparison.between(
                new Chargeback(data.priceList).allocate(year),
                new Hybrid(data.priceList, stable, Driver.EMPLOYEES).allocate(year));
    }

    static Set<String> stableServices(AllocationData data) {
        return data.demand.stream()
                .filter(series -> WATCH.readings(series).getLast().demandClass().orElse(DemandClass.FLUCTUATING)
                        == DemandClass.STABLE)
                .map(series -> series.serviceCode())
                .collect(Collectors.toSet());
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(AllocationRunBenchmark.class.getName())
                        .build())
                .run();
    }
}

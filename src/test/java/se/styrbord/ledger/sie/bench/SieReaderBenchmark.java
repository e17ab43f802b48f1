package se.styrbord.ledger.sie.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import se.styrbord.ledger.sie.SieCheck;
import se.styrbord.ledger.sie.SieCheckReport;
import se.styrbord.ledger.sie.SieException;
import se.styrbord.ledger.sie.SieHandler;
import se.styrbord.ledger.sie.SieReader;
import se.styrbord.ledger.sie.SyntheticSie;

/**
 * Steady-state speed of the reader and the check on a synthetic SIE 4E file held in memory (no
 * disk, no JVM start). Run: see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SieReaderBenchmark {

    @Param("1000000")
    long rows;

    byte[] file;

    @Setup
    public void generate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticSie(rows, 1).write(out);
        file = out.toByteArray();
    }

    @Benchmark
    public void read() throws IOException, SieException {
        SieReader.read(new ByteArrayInputStream(file), new SieHandler() {});
    }

    @Benchmark
    public SieCheckReport check() throws IOException {
        return SieCheck.check("synthetic.se", new ByteArrayInputStream(file));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(SieReaderBenchmark.class.getName())
                        .build())
                .run();
    }
}

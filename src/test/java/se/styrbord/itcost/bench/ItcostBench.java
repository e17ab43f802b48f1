package se.styrbord.itcost.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.styrbord.StyrbordApplication;
import se.styrbord.itcost.Chart;
import se.styrbord.itcost.UnitMapping;
import se.styrbord.ledger.ImportOutcome;
import se.styrbord.ledger.Ledgers;
import se.styrbord.ledger.sie.SyntheticSie;
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
 * The IT-cost overview page and JSON report for a group of 60 units and 10 years with 5 million
 * imported voucher rows (issue 4, "Speed"): imports ten synthetic SIE 4E files through the ordinary
 * import (which classifies them), then times warm requests over HTTP on localhost and prints p50,
 * p95 and p99. The times include the loopback round trip, so they bound the server time from above.
 *
 * <p>{@code ItcostBench DATA_DIR [ROWS (5000000)] [REQUESTS (300)]}; SPRING_DATASOURCE_* select
 * PostgreSQL instead of H2 in DATA_DIR.
 */
public final class ItcostBench {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0999");
    static final String ORG = "555555-5555";
    static final int YEARS = 10;
    static final int FIRST_YEAR = 2016;
    static final int UNITS = 60;
    static final String PASSWORD = "bench-password-123";

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 5_000_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Files.createDirectories(data);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StyrbordApplication.class)
                .run(
                        "--styrbord.data-dir=" + data.toAbsolutePath(),
                        "--server.port=0",
                        "--styrbord.demo.load-on-first-start=false",
                        "--styrbord.admin-password=" + PASSWORD,
                        "--logging.level.root=warn",
                        "--spring.main.banner-mode=off",
                        // the server's own time per request (%D, ms), beside the time the client sees
                        "--server.tomcat.accesslog.enabled=true",
                        "--server.tomcat.basedir=" + data.toAbsolutePath().resolve("tomcat"),
                        "--server.tomcat.accesslog.directory="
                                + data.toAbsolutePath().resolve("access"),
                        "--server.tomcat.accesslog.prefix=access",
                        "--server.tomcat.accesslog.suffix=.log",
                        "--server.tomcat.accesslog.rotate=false",
                        "--server.tomcat.accesslog.buffered=false",
                        "--server.tomcat.accesslog.pattern=%U %s %D"); // %D: microseconds
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        Organisation organisation = context.getBean(Organisation.class);
        if (organisation.findGroup(GROUP).isEmpty()) {
            load(context, data, rows);
        }
        int last = FIRST_YEAR + YEARS - 1;
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        signIn(client, base);
        String basic =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Map<String, HttpRequest> targets = new LinkedHashMap<>();
        // a small page of the site: the cost of the layout, security and session alone
        targets.put(
                "baseline page /0999",
                HttpRequest.newBuilder(URI.create(base + "/0999")).build());
        targets.put(
                "overview page /0999/itcost/" + last,
                HttpRequest.newBuilder(URI.create(base + "/0999/itcost/" + last))
                        .build());
        targets.put(
                "JSON report /api/0999/itcost/" + last,
                HttpRequest.newBuilder(URI.create(base + "/api/0999/itcost/" + last))
                        .header("Authorization", basic)
                        .build());
        // the same JSON for a person signed in to the pages: no password hash per request
        targets.put(
                "JSON report (session) /0999/itcost/" + last + "/report.json",
                HttpRequest.newBuilder(URI.create(base + "/0999/itcost/" + last + "/report.json"))
                        .build());
        // HTTP Basic alone (a password hash per request), for comparison with the JSON report
        targets.put(
                "baseline /api/0999/organisation",
                HttpRequest.newBuilder(URI.create(base + "/api/0999/organisation"))
                        .header("Authorization", basic)
                        .build());
        for (var target : targets.entrySet()) {
            HttpResponse<byte[]> first = client.send(target.getValue(), HttpResponse.BodyHandlers.ofByteArray());
            if (first.statusCode() != 200) {
                throw new IllegalStateException(target.getKey() + " answered " + first.statusCode());
            }
            for (int i = 0; i < requests; i++) {
                client.send(target.getValue(), HttpResponse.BodyHandlers.ofByteArray());
            }
            Path log = data.toAbsolutePath().resolve("access").resolve("access.log");
            long warm = Files.exists(log) ? Files.readAllLines(log).size() : 0;
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                client.send(target.getValue(), HttpResponse.BodyHandlers.ofByteArray());
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%-40s %d requests, %,d bytes: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    target.getKey(),
                    requests,
                    first.body().length,
                    nanos[requests / 2] / 1e6,
                    nanos[(int) (requests * 0.95)] / 1e6,
                    nanos[(int) (requests * 0.99)] / 1e6,
                    nanos[requests - 1] / 1e6);
            String path = target.getValue().uri().getPath();
            long[] server = Files.readAllLines(log).stream()
                    .skip(warm)
                    .map(line -> line.split(" "))
                    .filter(f -> f[0].equals(path))
                    .mapToLong(f -> Long.parseLong(f[2]))
                    .sorted()
                    .toArray();
            if (server.length > 0) {
                System.out.printf(
                        "%-40s server time (Tomcat %%D) of %d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        "",
                        server.length,
                        server[server.length / 2] / 1e3,
                        server[(int) (server.length * 0.95)] / 1e3,
                        server[(int) (server.length * 0.99)] / 1e3,
                        server[server.length - 1] / 1e3);
            }
        }
        context.close();
    }

    /** The group: one entity with 60 units (the synthetic files' 60 responsibility objects), facts, ten years of ledgers. */
    static void load(ConfigurableApplicationContext context, Path data, long rows) throws IOException {
        Organisation organisation = context.getBean(Organisation.class);
        organisation.createGroup(GROUP, "Benchkoncernen");
        organisation.addEntity(
                GROUP, new LegalEntity(OrgNumber.parse(ORG), "Syntetiska kommunen", EntityKind.MUNICIPALITY));
        Map<String, String> objects = new LinkedHashMap<>();
        List<YearlyFacts> facts = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String code = "U" + (100 + i);
            UnitType type =
                    i == 0 ? UnitType.IT_SERVICE_CENTRE : i == 1 ? UnitType.DIGITALISATION : UnitType.DEPARTMENT;
            organisation.createUnit(
                    GROUP, new UnitDraft(code, "Enhet " + i, type, ORG, null, LocalDate.of(FIRST_YEAR, 1, 1), null));
            objects.put(Integer.toString(10100 + i * 7), code);
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                facts.add(new YearlyFacts(
                        code, y, Money.of(50_000_000L + i * 1_000_000L), 100 + i, new BigDecimal(90 + i)));
            }
        }
        organisation.saveFacts(GROUP, facts);
        context.getBean(UnitMapping.class).save(GROUP, ORG, Chart.KOMMUN_BAS, "1", null, objects);
        Ledgers ledgers = context.getBean(Ledgers.class);
        long perYear = rows / YEARS;
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            Path file = data.resolve("synthetic-" + y + ".se");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            new SyntheticSie(perYear, y).write(buffer);
            String text = buffer.toString(StandardCharsets.ISO_8859_1)
                    .replace("#RAR 0 20250101 20251231", "#RAR 0 " + y + "0101 " + y + "1231")
                    .replace("#RAR -1 20240101 20241231", "#RAR -1 " + (y - 1) + "0101 " + (y - 1) + "1231");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            }
            long start = System.nanoTime();
            ImportOutcome outcome =
                    ledgers.importFile(GROUP, file, file.getFileName().toString(), null, b -> {});
            System.out.printf("imported %d: %s in %.1f s%n", y, outcome.kind(), (System.nanoTime() - start) / 1e9);
            if (outcome.kind() == ImportOutcome.Kind.REFUSED) {
                throw new IllegalStateException(outcome.describe());
            }
            Files.delete(file);
        }
    }

    static void signIn(HttpClient client, String base) throws IOException, InterruptedException {
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private ItcostBench() {}
}

package se.styrbord.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrbord.test.IntegrationTest;
import se.styrbord.test.TestUsers;

/**
 * The pages in a real browser (headless Chromium): keyboard use, in-place editing with htmx, and
 * an axe-core check of WCAG 2.1 A and AA rules on every kind of page.
 */
@IntegrationTest
@Tag("browser")
class BrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("styrbord.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("styrbord.test.chromedriver", "/usr/bin/chromedriver"));
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @BeforeAll
    static void startBrowser() {
        assertThat(CHROMIUM)
                .as("Chromium is needed for the browser tests: apt-get install chromium chromium-driver")
                .exists();
        assertThat(CHROMEDRIVER).exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonSignsInWithTheKeyboardAndEditsTheFactsTableInPlace() throws Exception {
        signIn(users.analyst());
        browser.get(url("/9999"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Exempelstad kommunkoncern");

        browser.findElement(By.linkText("Organisation")).click();
        browser.findElement(By.linkText("Årsfakta")).click();
        WebElement year = browser.findElement(By.id("year-choice"));
        year.clear();
        year.sendKeys("2021", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("year=2021"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Årsfakta 2021");

        WebElement firstTurnover = browser.findElement(By.id("turnover-1"));
        String original = firstTurnover.getAttribute("value");
        firstTurnover.clear();
        firstTurnover.sendKeys("inte ett tal");
        browser.findElement(By.xpath("//button[text()='Spara tabellen']")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("e-1.turnover")));
        assertThat(error.getText()).contains("”inte ett tal” är inget tal");
        assertThat(browser.findElement(By.id("turnover-1")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.getCurrentUrl())
                .as("htmx swapped the table, no page load")
                .contains("year=2021");

        WebElement again = browser.findElement(By.id("turnover-1"));
        again.clear();
        again.sendKeys(original);
        browser.findElement(By.xpath("//button[text()='Spara tabellen']")).click();
        WebElement saved = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#grid .notice")));
        assertThat(saved.getText()).isEqualTo("Sparat. Inga rader ändrades.");
        screenshot("facts");
    }

    @Test
    void theSkipLinkIsTheFirstThingTheKeyboardReaches() {
        signIn(users.viewer());
        browser.get(url("/9999/organisation"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(focused.getAttribute("href")).endsWith("#main");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/9999",
                "/9999/area/gransdragning",
                "/9999/import",
                "/9999/import?lang=en",
                "/9999/organisation",
                "/9999/organisation?lang=en",
                "/9999/organisation/units/SCIT",
                "/9999/organisation/units/new",
                "/9999/organisation/facts?year=2021",
                "/admin/users",
                "/admin/audit",
                "/9999/organisation?lang=sv",
                "/9999/catalogue?year=2021",
                "/9999/catalogue/services/SIGN",
                "/9999/catalogue/signals",
                "/9999/catalogue/boundary?year=2021",
                "/9999/catalogue/ledger?year=2021",
                "/9999/catalogue/ledger?year=2021&lang=en",
                "/9999/catalogue/ledger/sources",
                "/9999/allocation?year=2021&model=headcount",
                "/9999/allocation?year=2021&model=hybrid&lang=en",
                "/9999/allocation/runs",
                "/9999/allocation?year=2021&model=fixed",
                "/9999/allocation/shares?year=2021",
                "/9999/allocation/shares?year=2021&lang=en",
                "/9999/allocation/lifetimes",
                "/9999/area/sparbarhet",
                "/9999/itcost/2021",
                "/9999/itcost/2021?lang=en",
                "/9999/itcost/2021/units/VOO",
                "/9999/itcost/2021/lines?category=LOCAL_IT_STAFF&unit=BOU",
                "/9999/itcost/2021/unclassified",
                "/9999/itcost/internal",
                "/9999/itcost/rules",
                "/9999/itcost/mapping/212000-9994",
                "/9999/itcost/staff?year=2021",
                "/9999/itcost/shadow?year=2021",
            })
    void pagesMeetWcag21AA(String path) {
        signIn(users.admin());
        browser.get(url(path));
        assertNoViolations(path);
    }

    @Test
    void theChartsAreDrawnAndTheStoredRunMeetsWcag21AA() throws Exception {
        signIn(users.analyst());
        browser.get(url("/9999/allocation?year=2021&model=headcount&hours=12000"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart] svg")));
        screenshot("allocation");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("model"))).selectByValue("hybrid");
        browser.findElement(By.xpath("//button[text()='Beräkna']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("model=hybrid"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("result"), "Hybrid: stabila tjänster i köp och sälj"));
        assertThat(browser.findElements(By.cssSelector("#result [data-chart] svg")))
                .as("the chart is drawn again after htmx swapped the result")
                .isNotEmpty();
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        browser.findElement(By.xpath("//button[text()='Spara körningen']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/allocation/runs/"));
        browser.findElement(By.linkText("Räkna om körningen från sitt sparade underlag och jämför"))
                .click();
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("gav samma resultat");
        assertNoViolations("stored run");
        for (String page : new String[] {"catalogue/boundary?year=2021", "catalogue/services/SIGN"}) {
            browser.get(url("/9999/" + page));
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart] svg")));
            screenshot(page.replaceAll("[^a-z]+", "-"));
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
        for (String page :
                new String[] {"catalogue?year=2021", "catalogue/signals", "allocation?year=2021&model=hybrid"}) {
            browser.get(url("/9999/" + page));
            screenshot("full-" + page.replaceAll("[^a-z]+", "-"));
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void theFixedSharesFormKeepsARunningSumAndItsErrorsMeetWcag21AA() throws Exception {
        signIn(users.analyst());
        browser.get(url("/9999/allocation/shares?year=2022"));
        browser.findElement(By.linkText("Fyll i med andelarna för 2021")).click();
        assertThat(browser.findElement(By.id("share-sum")).getText()).isEqualTo("100,0000 %");
        WebElement school = browser.findElement(
                By.xpath("//tr[th/span[text()='Barn- och utbildningsförvaltningen']]//input[@name='percent']"));
        school.clear();
        school.sendKeys("41");
        assertThat(browser.findElement(By.id("share-sum")).getText()).isEqualTo("99,7100 %");
        assertThat(browser.findElement(By.id("share-status")).getText())
                .isEqualTo("Summan måste bli exakt 100 %: 0,2900 procentenheter saknas.");
        school.sendKeys(",2900");
        assertThat(browser.findElement(By.id("share-status")).getText()).isEqualTo("Summan är exakt 100 %.");
        school.clear();
        school.sendKeys("-41,29");
        browser.findElement(By.xpath("//button[text()='Spara andelarna']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        String describedBy =
                browser.findElement(By.cssSelector("input[aria-invalid=true]")).getAttribute("aria-describedby");
        assertThat(browser.findElement(By.id(describedBy)).getText())
                .isEqualTo("Andelen för Barn- och utbildningsförvaltningen (BOU) är negativ: -41,2900 %. En andel"
                        + " kan inte vara negativ.");
        assertNoViolations("fixed shares with errors");
        screenshot("fixed-shares-errors");
    }

    @Test
    void theServiceAndPriceFormsShowTheirErrorsAndMeetWcag21AA() throws Exception {
        signIn(users.analyst());
        browser.get(url("/9999/catalogue/services/SIGN"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('retiredOn').value = '2018-12-31'");
        browser.findElement(By.xpath("//button[text()='Spara tjänsten']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.findElement(By.id("retiredOn")).getAttribute("aria-describedby"))
                .isEqualTo("retiredOn-error dates-hint");
        assertThat(browser.findElement(By.id("retiredOn-error")).getText())
                .isEqualTo("Tjänsten har ett pris för 2019, ett år utanför datumen.");
        assertNoViolations("service form with errors");

        browser.get(url("/9999/catalogue/services/SIGN"));
        WebElement markup = browser.findElement(By.id("markup"));
        markup.clear();
        markup.sendKeys("150");
        browser.findElement(By.xpath("//button[text()='Spara priset']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.findElement(By.id("markup-error")).getText()).contains("”150” är ingen procentsats");
        assertNoViolations("price form with errors");
        screenshot("service-price-errors");
    }

    @Test
    void aFormWithErrorsMeetsWcag21AA() {
        signIn(users.analyst());
        browser.get(url("/9999/organisation/units/new"));
        browser.findElement(By.id("code")).sendKeys("ogiltig kod");
        browser.findElement(By.id("name")).sendKeys("Ny enhet");
        browser.findElement(By.xpath("//button[text()='Spara']")).click();
        assertThat(browser.findElement(By.id("code-error")).getText()).contains("1–40 tecken");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertNoViolations("unit form with errors");
    }

    @Test
    void aLedgerIsUploadedWithAProgressBarAndItsPagesMeetWcag21AA() {
        signIn(users.analyst());
        browser.get(url("/9999/import"));
        Path file = Path.of(System.getProperty("styrbord.shared", "../shared"), "data", "sie", "public", "Sie4.se")
                .toAbsolutePath()
                .normalize();
        browser.findElement(By.id("sie-files")).sendKeys(file.toString());
        browser.findElement(By.xpath("//button[text()='Läs in']")).click();
        WebElement done = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Visa vad som lästes in")));
        assertThat(browser.findElement(By.tagName("progress")).getAttribute("value"))
                .isEqualTo("100");
        assertNoViolations("import progress");
        done.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sie4.se");
        assertNoViolations("import detail");
        browser.findElements(By.cssSelector("section[aria-labelledby=accounts-heading] a"))
                .getFirst()
                .click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verifikationsrader");
        assertNoViolations("voucher rows");
    }

    @Test
    void theItCostOverviewDrawsItsChartsAndTheRuleEditorMeetsWcag21AA() throws Exception {
        signIn(users.analyst());
        browser.get(url("/9999/itcost/2021"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=trend] svg")));
        assertThat(browser.findElements(By.cssSelector("[data-chart] svg"))).hasSize(3);
        screenshot("itcost-overview");
        browser.get(url("/9999/itcost/rules"));
        browser.findElements(By.cssSelector("main table a")).getFirst().click();
        assertNoViolations("rule editor");
        browser.findElement(By.xpath("//button[text()='Visa vad ändringen flyttar']"))
                .click();
        assertThat(browser.findElement(By.id("preview-heading")).getText()).startsWith("Så här flyttar ändringen");
        assertNoViolations("rule editor with a preview");
    }

    @Test
    void theConsumptionFromTheLedgersOpensDownToItsVoucherRowsAndItsFormsMeetWcag21AA() throws Exception {
        signIn(users.analyst());
        browser.get(url("/9999/catalogue/ledger?year=2021"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Förbrukning från internfaktureringen 2021");
        browser.findElements(By.tagName("summary")).getFirst().click();
        assertNoViolations("consumption from the ledgers, a service opened");
        screenshot("catalogue-ledger");
        browser.findElements(By.cssSelector("details[open] td a")).getFirst().click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verifikationsrader");
        assertThat(browser.findElement(By.id("f-month")).getAttribute("value")).startsWith("2021-");
        assertNoViolations("voucher rows of a month");

        browser.get(url("/9999/catalogue/ledger/sources"));
        WebElement accounts = browser.findElement(By.id("src-1-accounts"));
        accounts.clear();
        accounts.sendKeys("64x");
        browser.findElement(By.xpath("//button[text()='Spara källorna']")).click();
        assertThat(browser.findElement(By.id("e-1-accounts")).getText()).contains("”64x” är inga konton");
        assertThat(browser.findElement(By.id("src-1-accounts")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertNoViolations("ledger sources with an error");
    }

    @Test
    void theLoginPageMeetsWcag21AA() {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        assertNoViolations("/login");
    }

    private void assertNoViolations(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> violations = results.getViolations().stream()
                .map((Rule r) -> r.getId() + ": " + r.getHelp() + " "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
        assertThat(violations).as("axe violations on " + page).isEmpty();
        assertThat(results.getPasses()).as("axe ran its rules on " + page).isNotEmpty();
    }

    private void signIn(TestUsers.Credentials user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password(), Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        byte[] png =
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), png);
    }
}

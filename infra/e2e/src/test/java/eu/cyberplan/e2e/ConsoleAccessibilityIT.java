package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page of the console, as the people who use it see it, checked by axe-core inside the browser (issue 25): no
 * serious or critical accessibility violation (WCAG 2.1 A and AA rules and axe's best practices), and nothing wider
 * than a tablet's screen.
 */
class ConsoleAccessibilityIT extends ConsoleTest {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ObjectMapper json = new ObjectMapper();
    private String axe;
    private String incident;

    @BeforeAll
    void readAxeAndFileAnIncident() throws IOException {
        // An incident of EE affecting LV, for the pages of one incident and of one case.
        Api.Reply filed = api.post(federation.incidentReporting.url("/api/v1/incidents"), api.login(
                federation.contactPoints, "duty.ee"), """
                {"title": "Accessibility check", "summary": "a page to check", "awareAt": "2026-11-23T02:40:00Z", "severity": "HIGH",
                 "rsitClass": "intrusions", "rsitType": "system-compromise", "tlp": "AMBER", "pap": "AMBER",
                 "affectedCountries": ["LV"], "crossBorder": true, "suspectedMalicious": true, "sectors": ["energy"]}""");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        incident = filed.body().get("id").asText();
        try (InputStream script = getClass().getClassLoader().getResourceAsStream(AXE)) {
            assertThat(script).as(AXE + " on the test classpath").isNotNull();
            axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "duty.ee, #/inbox",
            "duty.ee, #/inbox/exercise",
            "duty.ee, #/incidents",
            "duty.ee, #/incidents/new",
            "duty.ee, #/duty",
            "ncp.lv, #/duty/LV",
            "ncp.lt, #/duty/LV",
            "ncp.lv, #/notifications/LV",
            "duty.ee, #/readiness",
            "duty.ee, #/account",
            "coordinator, #/cases",
            "coordinator, #/cases/exercise",
            "coordinator, #/readiness",
            "planner, #/exercises",
            "planner, #/exercises/msel",
            "admin.ee, #/accounts",
            "coordinator, #/comchecks",
            "ncp.lv, #/comchecks",
            "auditor, #/audit",
    })
    void shouldHaveNoSeriousAccessibilityViolation(String username, String page) throws Exception {
        browser.logIn(username);
        browser.go(page);
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("view")).getText().startsWith("Loading"));
        assertThat(violations()).as("serious or critical axe-core violations on %s as %s", page, username).isEmpty();
        assertThat(overflowAtTabletWidth()).as("%s as %s at tablet width (768 px): wider than the screen by", page, username).isLessThanOrEqualTo(0L);
    }

    /** How many pixels the page is wider than a 768 px tablet screen (a wide table or timeline scrolls in its own box). */
    private long overflowAtTabletWidth() {
        org.openqa.selenium.Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
            return (Long) ((JavascriptExecutor) browser.driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " requestAnimationFrame(() => requestAnimationFrame(() =>"
                    + "   done(Math.round(document.documentElement.scrollWidth - document.documentElement.clientWidth))));");
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    @ParameterizedTest(name = "{1} of an incident as {0}")
    @CsvSource({"duty.ee, #/incidents/", "coordinator, #/cases/"})
    void shouldHaveNoSeriousAccessibilityViolationOnTheIncidentAndItsCase(String username, String page) throws Exception {
        shouldHaveNoSeriousAccessibilityViolation(username, page + incident);
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationOnACaseWithItsFormsOpen() throws Exception {
        // EE asks LV for help on its case and LV offers: EE's page then has its decision form beside the new report and request forms.
        String coordinator = api.login(federation.contactPoints, "coordinator");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(federation.escalation.url("/api/v1/cases/" + incident), coordinator).status() == 200);
        Api.Reply asked = api.post(federation.escalation.url("/api/v1/cases/" + incident + "/assistance-requests"),
                api.login(federation.contactPoints, "duty.ee"), "{\"kind\": \"OTHER\", \"needs\": \"A second opinion\", \"countries\": [\"LV\"]}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        Api.Reply offered = api.post(federation.escalation.url("/api/v1/cases/" + incident + "/assistance-requests/" + asked.body().get("id").asText()
                + "/offers"), api.login(federation.contactPoints, "ncp.lv"), "{\"capability\": \"An analyst tomorrow\"}");
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);

        browser.logIn("duty.ee");
        browser.go("#/cases/" + incident);
        // The page is drawn again as the case changes: each step finds its element afresh.
        browser.waiting(Duration.ofSeconds(30)).until(d -> { d.findElement(By.id("open-sitrep")).click(); return true; });
        browser.waiting(Duration.ofSeconds(30)).until(d -> { d.findElement(By.id("open-assistance-request")).click(); return true; });
        browser.waiting(Duration.ofSeconds(30)).until(d -> {
            new Select(d.findElement(By.cssSelector("#assistance-request-form select[name='kind']"))).selectByValue("EU_CYBERSECURITY_RESERVE");
            return true;
        });
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("sitrep-form")).isDisplayed()
                && d.findElement(By.id("reserve-part")).isDisplayed() && !d.findElements(By.cssSelector("form[id^='decide-']")).isEmpty());
        assertThat(violations()).as("serious or critical axe-core violations on a case with its forms open").isEmpty();
        assertThat(overflowAtTabletWidth()).as("a case with its forms open at tablet width (768 px): wider than the screen by").isLessThanOrEqualTo(0L);
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationOnTheDutyRosterWithItsShiftFormOpen() throws Exception {
        browser.logIn("ncp.lv");
        browser.go("#/duty/LV");
        browser.waitFor(By.id("open-add-shift")).click();
        browser.waitFor(By.id("shift-form"));
        browser.waitFor(By.id("handover-form"));
        assertThat(violations()).as("serious or critical axe-core violations on LV's roster with the shift and handover forms").isEmpty();
        assertThat(overflowAtTabletWidth()).as("LV's roster with its forms at tablet width (768 px): wider than the screen by").isLessThanOrEqualTo(0L);
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationOnTheCaseBoardsMapWithACountryChosen() throws Exception {
        String coordinator = api.login(federation.contactPoints, "coordinator");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(federation.escalation.url("/api/v1/cases/" + incident), coordinator).status() == 200);
        browser.logIn("coordinator");
        browser.go("#/cases");
        browser.waiting(Duration.ofSeconds(30)).until(d -> {
            new Select(d.findElement(By.id("map-case"))).selectByValue(incident);
            return true;
        });
        By latvia = By.cssSelector("#case-map svg.europe[data-incident-id='" + incident + "'] .country[data-country='LV']");
        browser.waiting(Duration.ofSeconds(30)).until(d -> { d.findElement(latvia).click(); return true; });
        browser.waiting(Duration.ofSeconds(30)).until(d -> "true".equals(d.findElement(latvia).getAttribute("aria-pressed")));
        assertThat(violations()).as("serious or critical axe-core violations on the case board with a country chosen on its map").isEmpty();
        assertThat(overflowAtTabletWidth()).as("the case board's map at tablet width (768 px): wider than the screen by").isLessThanOrEqualTo(0L);
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationOnTheLoginPage() throws Exception {
        browser.logIn("duty.ee");
        browser.driver.findElement(By.id("logout")).click();
        browser.waitFor(By.id("username"));
        assertThat(violations()).as("serious or critical axe-core violations on the login page").isEmpty();
    }

    /** axe-core's serious and critical violations on the page as it is now: rule, impact and the first elements. */
    private List<String> violations() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(axe);
        String found = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
                + "   .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "   .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))),"
                + "   e => done(JSON.stringify([{id: 'axe failed', impact: 'critical', help: String(e), nodes: []}])));");
        List<String> violations = new ArrayList<>();
        for (JsonNode v : json.readTree(found)) {
            violations.add(v.path("impact").asText() + " " + v.path("id").asText() + ": " + v.path("help").asText() + " " + v.path("nodes"));
        }
        return violations;
    }
}

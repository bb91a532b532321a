package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 25, every workflow in the page, on a case's page: Latvia, which reported the incident, publishes situation
 * reports and asks for forensics help; Lithuania and Estonia offer; Latvia declines one offer (its reason first said
 * missing beside the field) and accepts the other, while a report the coordinator publishes meanwhile waits until
 * Latvia has sent its decision; the coordinator reads it all; a country not taking part sees nothing of it. A TLP:RED case
 * is read only by the countries it names (the coordinators: only that it exists). A request for the EU Cybersecurity
 * Reserve goes to the coordinators, who activate it.
 *
 * <p>The case page is drawn again whenever the case changes (live push), so every look and action here finds its
 * element afresh and tries again when the page has just replaced it.
 */
class ConsoleCasesIT extends ConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PUSH = Duration.ofSeconds(45);
    /** Members that might stand by: the first one no plan suggested and nobody named is the bystander. */
    private static final List<String> CANDIDATES = List.of("PT", "IE", "MT", "CY", "FI", "SE", "PL", "DE", "FR", "NL", "BE", "AT");

    @Test
    void shouldLetLatviaReportAndAskForHelpLithuaniaOfferLatviaDecideAndTheCoordinatorReadWhileNoBystanderSeesIt() throws Exception {
        String title = "Wiper at a Baltic grid operator " + suffix();
        String id = fileCase("duty.lv", title, "AMBER", "[\"LV\", \"LT\"]", "").get("id").asText();
        String firstReport = "SCADA historians wiped at 02:10; manual dispatch in place " + suffix();

        // Latvia, which reported it, writes the first situation report: the impact left out is said beside its field.
        browser.logIn("ncp.lv");
        open(id, title);
        click(By.id("open-sitrep"));
        select(By.cssSelector("#sitrep-form select[name='impactOutlook']"), "worsening");
        type(By.cssSelector("#sitrep-form textarea[name='text']"), firstReport);
        click(By.cssSelector("#sitrep-form button[type='submit']"));
        assertThat(textOnceShown(By.cssSelector("#sitrep-form [data-field='impactSeverity'] .field-error"))).startsWith("must be one of");
        assertThat(attribute(By.cssSelector("#sitrep-form select[name='impactSeverity']"), "aria-invalid")).isEqualTo("true");
        assertThat(sitreps(id, "ncp.lv")).as("nothing is published").isEmpty();
        scrollTo(By.id("sitreps"));
        browser.screenshot("case-sitrep-form");

        select(By.cssSelector("#sitrep-form select[name='impactSeverity']"), "yellow");
        click(By.cssSelector("#sitrep-form input[name='affectedCountries'][value='LV']"));
        click(By.cssSelector("#sitrep-form input[name='affectedCountries'][value='LT']"));
        click(By.cssSelector("#sitrep-form input[name='sectors'][value='energy']"));
        select(By.cssSelector("#sitrep-form select[name='rootCause']"), "malicious-actions");
        click(By.cssSelector("#sitrep-form button[type='submit']"));
        shows(By.id("sitreps-result"), "Situation report version 1 published.");
        assertThat(text(version(1))).contains("Version 1: impact Yellow, outlook Worsening").contains("by ncp.lv (LV)").contains(firstReport)
                .contains("Affected: LT, LV").contains("sectors: Energy").contains("root cause: Malicious actions");

        // The next version starts from the last one's values.
        click(By.id("open-sitrep"));
        assertThat(selected(By.cssSelector("#sitrep-form select[name='impactSeverity']"))).isEqualTo("yellow");
        assertThat(attribute(By.cssSelector("#sitrep-form input[name='sectors'][value='energy']"), "checked")).isEqualTo("true");
        select(By.cssSelector("#sitrep-form select[name='impactOutlook']"), "stable");
        type(By.cssSelector("#sitrep-form textarea[name='text']"), "Dispatch stable on manual operation");
        click(By.cssSelector("#sitrep-form button[type='submit']"));
        shows(By.id("sitreps-result"), "Situation report version 2 published.");
        assertThat(versions()).as("newest first").containsExactly("2", "1");

        // Latvia asks for forensics, naming Lithuania and Estonia; the countries whose plan declares forensics are asked too.
        String needs = "Memory forensics of two SCADA historians " + suffix();
        click(By.id("open-assistance-request"));
        select(By.cssSelector("#assistance-request-form select[name='kind']"), "FORENSICS");
        type(By.cssSelector("#assistance-request-form textarea[name='needs']"), needs);
        click(By.cssSelector("#assistance-request-form input[name='countries'][value='LT']"));
        click(By.cssSelector("#assistance-request-form input[name='countries'][value='EE']"));
        click(By.cssSelector("#assistance-request-form button[type='submit']"));
        assertThat(textOnceShown(By.id("assistance-result"))).startsWith("Assistance requested: asked of").contains("EE").contains("LT");
        By request = By.cssSelector("#assistance-list li.request[data-country='LV'][data-kind='FORENSICS']");
        assertThat(text(request)).contains("LV asks for forensics").contains("by ncp.lv").contains(needs).contains("No offer yet.");
        String requestId = attribute(request, "data-request-id");
        scrollTo(By.id("sitreps"));
        browser.screenshot("case-sitreps-and-request");

        // Lithuania reads the reports and the request and offers help: an empty offer is said beside its field first.
        browser.logIn("ncp.lt");
        open(id, title);
        assertThat(versions()).containsExactly("2", "1");
        assertThat(text(version(1))).contains(firstReport);
        assertThat(browser.driver.findElements(By.id("open-sitrep"))).as("reports come from the reporting country and the coordinators").isEmpty();
        assertThat(text(request)).contains(needs);
        click(By.id("open-offer-" + requestId));
        By offerForm = By.id("offer-" + requestId + "-form");
        click(By.cssSelector("#offer-" + requestId + "-form button[type='submit']"));
        assertThat(textOnceShown(By.cssSelector("#offer-" + requestId + "-form [data-field='capability'] .field-error"))).isEqualTo("say what you offer");
        String capability = "Two forensic analysts from CERT.LT, in Riga within 12 h " + suffix();
        type(By.cssSelector("#offer-" + requestId + "-form textarea[name='capability']"), capability);
        click(By.cssSelector("#offer-" + requestId + "-form button[type='submit']"));
        shows(By.id("assistance-result"), "Your offer is sent to LV.");
        By ltOffer = By.cssSelector("li.offer[data-country='LT']");
        assertThat(text(ltOffer)).contains(capability).contains("by ncp.lt").contains("Awaiting LV’s decision.");
        assertThat(browser.driver.findElements(By.cssSelector("form[id^='decide-']"))).as("only Latvia decides on offers to it").isEmpty();
        browser.waiting(PATIENCE).withMessage("the offer form closes once sent").until(d -> !d.findElement(offerForm).isDisplayed());

        // Estonia, named, offers too (through the API: its page is the same as Lithuania's).
        Api.Reply estonian = api.post(federation.escalation.url("/api/v1/cases/" + id + "/assistance-requests/" + requestId + "/offers"),
                api.login(federation.contactPoints, "ncp.ee"), "{\"capability\": \"One analyst, remote, from Monday\"}");
        assertThat(estonian.status()).as(estonian.toString()).isEqualTo(201);

        // Latvia declines Estonia's offer, saying why once the page has asked for a reason.
        browser.logIn("ncp.lv");
        open(id, title);
        By eeOffer = By.cssSelector("li.offer[data-country='EE']");
        String eeForm = "#decide-" + attribute(eeOffer, "data-offer-id") + "-form";
        click(By.cssSelector(eeForm + " button[value='decline']"));
        assertThat(textOnceShown(By.cssSelector(eeForm + " [data-field='reason'] .field-error"))).isEqualTo("a declined offer needs a reason");
        type(By.cssSelector(eeForm + " textarea[name='reason']"), "Lithuania's team is closer");
        click(By.cssSelector(eeForm + " button[value='decline']"));
        shows(By.id("assistance-result"), "EE’s offer declined.");
        assertThat(attribute(eeOffer, "data-decision")).isEqualTo("DECLINED");
        assertThat(text(eeOffer)).contains("✗ Declined by ncp.lv").contains("Lithuania's team is closer");

        // While Latvia writes its acceptance, the coordinator publishes a report: the page says so and keeps what is typed.
        String ltForm = "#decide-" + attribute(ltOffer, "data-offer-id") + "-form";
        String welcome = "Welcome: the historians are at the Riga control centre";
        type(By.cssSelector(ltForm + " textarea[name='reason']"), welcome);
        Api.Reply coordinators = api.post(federation.escalation.url("/api/v1/cases/" + id + "/situation-reports"),
                api.login(federation.contactPoints, "coordinator"),
                "{\"impactSeverity\": \"yellow\", \"impactOutlook\": \"stable\", \"text\": \"CSIRTs Network informed; no spread beyond LV\"}");
        assertThat(coordinators.status()).as(coordinators.toString()).isEqualTo(201);
        browser.waiting(PUSH).until(d -> d.findElement(By.id("case-pending")).isDisplayed());
        assertThat(attribute(By.cssSelector(ltForm + " textarea[name='reason']"), "value")).isEqualTo(welcome);
        assertThat(versions()).as("held back while Latvia writes").containsExactly("2", "1");

        click(By.cssSelector(ltForm + " button[value='accept']"));
        assertThat(textOnceShown(By.id("confirm-dialog"))).contains("Accept LT’s offer?").contains("cannot be changed");
        click(By.id("confirm-yes"));
        shows(By.id("assistance-result"), "LT’s offer accepted.");
        assertThat(attribute(ltOffer, "data-decision")).isEqualTo("ACCEPTED");
        assertThat(text(ltOffer)).contains("✓ Accepted by ncp.lv").contains(welcome);
        assertThat(attribute(request, "data-status")).isEqualTo("ACCEPTED");
        assertThat(versions()).as("drawn again once the decision is sent").containsExactly("3", "2", "1");
        assertThat(browser.driver.findElement(By.id("case-pending")).isDisplayed()).isFalse();
        JsonNode stored = requests(id, "ncp.lv").get(0);
        assertThat(stored.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(decisions(stored)).containsExactlyInAnyOrder("LT ACCEPTED by ncp.lv: " + welcome, "EE DECLINED by ncp.lv: Lithuania's team is closer");
        scrollTo(By.id("assistance"));
        browser.screenshot("case-assistance-decided");

        // The coordinator reads every version with who wrote it for which country, and the request with its decisions.
        browser.logIn("coordinator");
        open(id, title);
        assertThat(versions()).containsExactly("3", "2", "1");
        assertThat(text(version(3))).contains("by coordinator (EU)").contains("no spread beyond LV");
        assertThat(text(version(1))).contains("by ncp.lv (LV)").contains(firstReport);
        assertThat(text(request)).contains(needs).contains(capability).contains("✓ Accepted by ncp.lv").contains("✗ Declined by ncp.lv");
        assertThat(browser.driver.findElements(By.cssSelector("#assistance-list form"))).as("a coordinator neither offers nor decides for a country").isEmpty();
        assertThat(browser.driver.findElements(By.id("open-assistance-request"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("open-sitrep"))).hasSize(1);
        scrollTo(By.id("sitreps"));
        browser.screenshot("case-coordinator");

        // A member that neither takes part nor was asked sees nothing of the case, on its page or on the board.
        Set<String> parties = new HashSet<>(Set.of("LV", "LT", "EE"));
        stored.get("suggestions").forEach(s -> parties.add(s.get("country").asText()));
        String bystander = CANDIDATES.stream().filter(cc -> !parties.contains(cc)).findFirst().orElseThrow();
        browser.logIn("ncp." + bystander.toLowerCase());
        browser.go("#/cases/" + id);
        assertThat(textOnceShown(By.id("not-permitted"))).contains("not shared with you");
        assertThat(browser.driver.getPageSource()).doesNotContain(title).doesNotContain(firstReport).doesNotContain(needs).doesNotContain(capability);
        browser.go("#/cases");
        browser.waitFor(By.id("case-board"));
        assertThat(browser.driver.getPageSource()).doesNotContain(id).doesNotContain(title);
    }

    @Test
    void shouldShowARedCaseOnlyToTheCountriesItNamesAndToTheCoordinatorsOnlyThatItExists() {
        String secret = "Named-only breach at a ministry " + suffix();
        JsonNode filed = fileCase("duty.ee", secret, "RED", "[\"LV\", \"LT\"]", ", \"recipients\": [\"LV\"]");
        String id = filed.get("id").asText();
        // A RED incident's title never travels to the protocol's service, so its case page names it by reference, to everyone.
        String reference = filed.get("reference").asText();
        String report = "Exfiltration of diplomatic cables confirmed " + suffix();

        browser.logIn("ncp.ee");
        open(id, reference);
        click(By.id("open-sitrep"));
        select(By.cssSelector("#sitrep-form select[name='impactSeverity']"), "red");
        select(By.cssSelector("#sitrep-form select[name='impactOutlook']"), "worsening");
        type(By.cssSelector("#sitrep-form textarea[name='text']"), report);
        click(By.cssSelector("#sitrep-form button[type='submit']"));
        shows(By.id("sitreps-result"), "Situation report version 1 published.");

        // Latvia, named, reads it and may ask for help.
        browser.logIn("ncp.lv");
        open(id, reference);
        assertThat(text(version(1))).contains(report).contains("by ncp.ee (EE)");
        assertThat(browser.driver.findElements(By.id("open-assistance-request"))).hasSize(1);

        // Lithuania, affected but not named, sees nothing of it.
        browser.logIn("ncp.lt");
        browser.go("#/cases/" + id);
        assertThat(textOnceShown(By.id("not-permitted"))).contains("not shared with you");
        assertThat(browser.driver.getPageSource()).doesNotContain(secret).doesNotContain(reference).doesNotContain(report);
        browser.go("#/cases");
        browser.waitFor(By.id("case-board"));
        assertThat(browser.driver.getPageSource()).doesNotContain(id);

        // The coordinators, not named, see that it exists and where it stands, never what it says.
        browser.logIn("coordinator");
        open(id, reference);
        assertThat(text(version(1))).contains("(text withheld under TLP:RED)").doesNotContain(report);
        assertThat(browser.driver.getPageSource()).doesNotContain(secret).doesNotContain(report);
    }

    @Test
    void shouldAskTheCoordinatorsForTheReserveAndLetThemActivateItOnceTheRequestSaysHowLong() throws Exception {
        String title = "Ransomware across Latvian hospitals " + suffix();
        String id = fileCase("duty.lv", title, "AMBER", "[\"LV\", \"LT\"]", "").get("id").asText();

        browser.logIn("duty.lv");
        open(id, title);
        click(By.id("open-assistance-request"));
        select(By.cssSelector("#assistance-request-form select[name='kind']"), "EU_CYBERSECURITY_RESERVE");
        assertThat(browser.driver.findElement(By.id("assistance-countries")).isDisplayed()).as("the Reserve names no countries").isFalse();
        assertThat(browser.driver.findElement(By.id("reserve-part")).isDisplayed()).isTrue();
        type(By.cssSelector("#assistance-request-form textarea[name='needs']"), "Incident response for the hospitals' clinical systems");
        type(By.cssSelector("#assistance-request-form textarea[name='reserve.entities']"), "Riga East University Hospital\nChildren's Clinical University Hospital");
        type(By.cssSelector("#assistance-request-form textarea[name='reserve.locations']"), "Riga");
        type(By.cssSelector("#assistance-request-form input[name='reserve.expectedDuration']"), "400");
        type(By.cssSelector("#assistance-request-form textarea[name='reserve.mitigation']"), "Networks segmented, backups verified");
        click(By.cssSelector("#assistance-request-form button[type='submit']"));
        By duration = By.cssSelector("#assistance-request-form [data-field='reserve.expectedDuration'] .field-error");
        assertThat(textOnceShown(duration)).isEqualTo("must be between PT1H and P365D");
        assertThat(requests(id, "duty.lv")).as("nothing is requested").isEmpty();

        browser.driver.findElement(By.cssSelector("#assistance-request-form input[name='reserve.expectedDuration']")).clear();
        type(By.cssSelector("#assistance-request-form input[name='reserve.expectedDuration']"), "14");
        click(By.cssSelector("#assistance-request-form button[type='submit']"));
        shows(By.id("assistance-result"), "The Reserve is asked of the coordinators.");
        By request = By.cssSelector("#assistance-list li.request[data-kind='EU_CYBERSECURITY_RESERVE']");
        assertThat(text(request)).contains("LV asks for the EU Cybersecurity Reserve").contains("Riga East University Hospital")
                .contains("14 days").contains("Awaiting the coordinators’ decision.");
        String requestId = attribute(request, "data-request-id");

        browser.logIn("ncp.lt");
        open(id, title);
        assertThat(text(request)).contains("Awaiting the coordinators’ decision.");
        assertThat(browser.driver.findElements(By.id("open-offer-" + requestId))).as("countries do not offer on the Reserve").isEmpty();

        // The coordinator refuses without a reason (said beside the field), then activates it after confirming.
        browser.logIn("coordinator");
        open(id, title);
        String form = "#reserve-" + requestId + "-form";
        click(By.cssSelector(form + " button[value='refuse']"));
        assertThat(textOnceShown(By.cssSelector(form + " [data-field='reason'] .field-error"))).isEqualTo("a refusal needs a reason");
        type(By.cssSelector(form + " textarea[name='reason']"), "Two hospitals, critical care affected");
        click(By.cssSelector(form + " button[value='activate']"));
        assertThat(textOnceShown(By.id("confirm-dialog"))).contains("Activate the Reserve for LV?");
        click(By.id("confirm-yes"));
        shows(By.id("assistance-result"), "The Reserve is activated for LV.");
        assertThat(attribute(request, "data-status")).isEqualTo("ACTIVATED");
        assertThat(text(request)).contains("✓ Activated by coordinator").contains("Two hospitals, critical care affected");
        JsonNode decision = requests(id, "coordinator").get(0).get("reserveDecision");
        assertThat(decision.get("decision").asText()).isEqualTo("ACTIVATED");
        assertThat(decision.get("decidedBy").asText()).isEqualTo("coordinator");
        scrollTo(By.id("assistance"));
        browser.screenshot("case-reserve");
    }

    /** Files an incident through the API as that duty officer and waits until its case is open; returns the incident. */
    private JsonNode fileCase(String duty, String title, String tlp, String affected, String extra) {
        Api.Reply filed = api.post(federation.incidentReporting.url("/api/v1/incidents"), api.login(federation.contactPoints, duty), """
                {"title": "%s", "summary": "for the case page", "awareAt": "2026-11-23T02:40:00Z", "severity": "HIGH",
                 "rsitClass": "malicious-code", "rsitType": "infected-system", "tlp": "%s", "pap": "AMBER",
                 "affectedCountries": %s, "crossBorder": true, "suspectedMalicious": true, "sectors": ["energy"]%s}"""
                .formatted(title, tlp, affected, extra));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.body().get("id").asText();
        String coordinator = api.login(federation.contactPoints, "coordinator");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(federation.escalation.url("/api/v1/cases/" + id), coordinator).status() == 200);
        return filed.body();
    }

    /** Opens the case's page and waits until its heading shows this case (not the page it came from). */
    private void open(String id, String title) {
        browser.go("#/cases/" + id);
        browser.waiting(PATIENCE).withMessage(() -> "the case page of " + title + ", but the page shows: " + browser.driver.findElement(By.id("view")).getText())
                .until(d -> d.findElement(By.tagName("h1")).getText().contains(title));
    }

    private JsonNode sitreps(String id, String username) {
        Api.Reply reply = api.get(federation.escalation.url("/api/v1/cases/" + id + "/situation-reports"), api.login(federation.contactPoints, username));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private JsonNode requests(String id, String username) {
        Api.Reply reply = api.get(federation.escalation.url("/api/v1/cases/" + id + "/assistance-requests"), api.login(federation.contactPoints, username));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    /** "LT ACCEPTED by ncp.lv: reason" for each offer of a stored request. */
    private static List<String> decisions(JsonNode request) {
        List<String> decisions = new ArrayList<>();
        request.get("offers").forEach(o -> decisions.add(o.get("country").asText() + " " + o.path("decision").asText() + " by "
                + o.path("decidedBy").asText() + ": " + o.path("reason").asText()));
        return decisions;
    }

    private static By version(int version) {
        return By.cssSelector("#sitrep-list li[data-version='" + version + "']");
    }

    /** The versions the page lists, top to bottom. */
    private List<String> versions() {
        return browser.waiting(PATIENCE).until(d -> d.findElements(By.cssSelector("#sitrep-list li[data-version]")).stream()
                .map(li -> li.getAttribute("data-version")).toList());
    }

    // Each look and action below finds its element afresh and tries again when the live page has just drawn it anew.

    private void click(By locator) {
        browser.waiting(PATIENCE).until(d -> {
            WebElement element = d.findElement(locator);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private void type(By locator, String text) {
        browser.waiting(PATIENCE).until(d -> {
            d.findElement(locator).sendKeys(text);
            return true;
        });
    }

    private void select(By locator, String value) {
        browser.waiting(PATIENCE).until(d -> {
            new Select(d.findElement(locator)).selectByValue(value);
            return true;
        });
    }

    private String selected(By locator) {
        return browser.waiting(PATIENCE).until(d -> new Select(d.findElement(locator)).getFirstSelectedOption().getAttribute("value"));
    }

    private String attribute(By locator, String name) {
        return browser.waiting(PATIENCE).until(d -> d.findElement(locator).getAttribute(name));
    }

    private String text(By locator) {
        return browser.waiting(PATIENCE).until(d -> d.findElement(locator).getText());
    }

    /** Waits until the element says this (a notice of an earlier action may still be showing a moment before). */
    private void shows(By locator, String expected) {
        try {
            browser.waiting(PATIENCE).until(d -> expected.equals(d.findElement(locator).getText()));
        } catch (TimeoutException e) {
            assertThat(text(locator)).as("what %s says", locator).isEqualTo(expected);
        }
    }

    /** The element's text once it is shown and says something. */
    private String textOnceShown(By locator) {
        return browser.waiting(PATIENCE).until(d -> {
            WebElement element = d.findElement(locator);
            String text = element.isDisplayed() ? element.getText() : "";
            return text.isBlank() ? null : text;
        });
    }

    /** Scrolls the page as a person would, so that a screenshot shows this element at its top. */
    private void scrollTo(By locator) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(locator));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

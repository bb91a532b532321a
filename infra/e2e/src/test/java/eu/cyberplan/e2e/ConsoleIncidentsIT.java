package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25, every workflow in the page: on an incident's page EE's duty officer corrects it (a 422 shown beside the field
 * it names), replies to the early warning and requests an intermediate report on their clocks, closes one incident and
 * retracts another once the page has asked; another country's NCP is offered none of it, EE's NCP all of it.
 */
class ConsoleIncidentsIT extends ConsoleTest {

    private static final Duration SHORT = Duration.ofSeconds(20);

    @Test
    void shouldCorrectTitleAndSummaryFromTheIncidentsPageAfterShowingAnEmptyTitleBesideItsField() throws Exception {
        String duty = api.login(federation.contactPoints, "duty.ee");
        String title = "Ransomware at a water utility " + suffix();
        String id = file(duty, title, "AMBER");
        browser.logIn("duty.ee");
        open(id, title);

        browser.waitFor(By.id("open-correction")).click();
        WebElement form = browser.waitFor(By.id("correction-form"));
        assertThat(form.findElement(By.name("title")).getAttribute("value")).isEqualTo(title);
        form.findElement(By.name("title")).clear();
        form.findElement(By.name("note")).sendKeys("The entity named the strain");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        By titleError = By.cssSelector("#correction-form [data-field='title'] .field-error");
        browser.waiting(SHORT).until(d -> !d.findElement(titleError).getText().isBlank());
        assertThat(browser.driver.findElement(titleError).getText()).contains("between 1 and 300");
        assertThat(browser.driver.findElement(By.cssSelector("#correction-form [data-field='note'] .field-error")).getText()).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("#correction-form input[name='title']")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(incident(duty, id).get("title").asText()).isEqualTo(title);
        scrollTo(By.id("open-correction"));
        browser.screenshot("incident-actions");

        String corrected = "LockBit at a water utility " + suffix();
        form.findElement(By.name("title")).sendKeys(corrected);
        WebElement summary = form.findElement(By.name("summary"));
        summary.clear();
        summary.sendKeys("Dosing controls encrypted; manual operation since 04:10");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        browser.waiting(SHORT).until(d -> d.findElement(By.tagName("h1")).getText().contains(corrected));
        assertThat(browser.driver.findElement(By.id("incident-summary")).getText()).isEqualTo("Dosing controls encrypted; manual operation since 04:10");
        assertThat(browser.driver.findElement(By.id("incident-action-result")).getText()).isEqualTo("Correction saved: version 2.");
        assertThat(browser.driver.findElement(By.id("incident-version")).getText()).startsWith("2 ·");
        JsonNode stored = incident(duty, id);
        assertThat(stored.get("title").asText()).isEqualTo(corrected);
        assertThat(stored.get("summary").asText()).isEqualTo("Dosing controls encrypted; manual operation since 04:10");
        assertThat(stored.get("severity").asText()).as("a field left alone is not sent").isEqualTo("HIGH");
    }

    @Test
    void shouldReplyToTheEarlyWarningAndRequestAnIntermediateReportOnTheirClocks() {
        String duty = api.login(federation.contactPoints, "duty.ee");
        String title = "DDoS on a TLD registry " + suffix();
        String id = file(duty, title, "AMBER");
        browser.logIn("duty.ee");
        open(id, title);

        By replyClock = By.cssSelector("#deadlines tr[data-stage='CSIRT_RESPONSE']");
        assertThat(browser.waitFor(replyClock).getText()).contains("due in");
        assertThat(browser.driver.findElement(By.id("intermediate-note")).getText()).contains("once the notification is in");
        assertThat(browser.driver.findElement(By.cssSelector("#deadlines tr[data-stage='FINAL']")).getText())
                .as("a clock with no date yet says what it waits for").contains("one month after the notification").doesNotContain("NaN");
        assertThat(browser.driver.findElements(By.id("open-intermediate"))).isEmpty();

        browser.driver.findElement(By.id("open-reply")).click();
        WebElement reply = browser.waitFor(By.id("reply-form"));
        assertThat(reply.findElement(By.id("reply-clock")).getText()).contains("due in");
        reply.findElement(By.name("note")).sendKeys("Acknowledged; rate-limiting advice sent");
        reply.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting(SHORT).until(d -> d.findElement(replyClock).getText().contains("submitted on time"));
        assertThat(browser.driver.findElement(By.id("incident-action-result")).getText()).isEqualTo("Reply to the early warning recorded.");
        assertThat(browser.driver.findElements(By.id("open-reply"))).as("one reply per early warning").isEmpty();

        // The notification first, through the page's report form; then the intermediate report can be asked for.
        WebElement report = browser.waitFor(By.id("report-form"));
        assertThat(new Select(report.findElement(By.name("stage"))).getFirstSelectedOption().getText()).isEqualTo("NOTIFICATION");
        new Select(report.findElement(By.name("severity"))).selectByValue("HIGH");
        report.findElement(By.cssSelector("button[type='submit']")).click();
        By notification = By.cssSelector("#deadlines tr[data-stage='NOTIFICATION']");
        browser.waiting(SHORT).until(d -> d.findElement(notification).getText().contains("submitted"));

        By intermediateClock = By.cssSelector("#deadlines tr[data-stage='INTERMEDIATE']");
        assertThat(browser.driver.findElement(intermediateClock).getText()).contains("not requested");
        browser.waitFor(By.id("open-intermediate")).click();
        WebElement request = browser.waitFor(By.id("intermediate-form"));
        assertThat(request.findElement(By.name("dueAt")).getAttribute("value")).as("a week from now by default").isNotBlank();
        request.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting(SHORT).until(d -> d.findElement(intermediateClock).getText().contains("due in"));
        assertThat(browser.driver.findElement(By.id("intermediate-note")).getText()).contains("is requested, due");
        assertThat(browser.driver.findElements(By.id("open-intermediate"))).isEmpty();

        JsonNode deadlines = incident(duty, id).get("deadlines");
        assertThat(stateOf(deadlines, "CSIRT_RESPONSE")).isEqualTo("ON_TIME");
        assertThat(stateOf(deadlines, "INTERMEDIATE")).isEqualTo("PENDING");
    }

    @Test
    void shouldCloseOneIncidentAndRetractAnotherOnlyOnceThePersonHasConfirmed() throws Exception {
        String duty = api.login(federation.contactPoints, "duty.ee");
        String handled = "Phishing wave at a hospital " + suffix();
        String mistaken = "Suspected intrusion that was a pentest " + suffix();
        String handledId = file(duty, handled, "AMBER");
        String mistakenId = file(duty, mistaken, "AMBER");
        browser.logIn("duty.ee");
        open(handledId, handled);

        browser.waitFor(By.id("open-closure")).click();
        WebElement closure = browser.waitFor(By.id("closure-form"));
        assertThat(closure.findElement(By.name("handledAt")).getAttribute("value")).as("now, by default").isNotBlank();
        closure.findElement(By.name("reason")).sendKeys("Mailboxes cleaned, credentials reset");
        closure.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(browser.waitFor(By.id("confirm-dialog")).getText()).contains("Close " + reference(duty, handledId)).contains("cannot be undone");
        browser.driver.findElement(By.id("confirm-no")).click();
        browser.waiting(SHORT).until(d -> d.findElements(By.id("confirm-dialog")).isEmpty());
        assertThat(browser.driver.findElement(By.id("incident-stage")).getText()).endsWith("OPEN");
        assertThat(incident(duty, handledId).get("status").asText()).as("cancelled: nothing sent").isEqualTo("OPEN");

        closure.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waitFor(By.id("confirm-yes"));
        browser.screenshot("incident-confirm");
        browser.driver.findElement(By.id("confirm-yes")).click();
        browser.waiting(SHORT).until(d -> d.findElement(By.id("incident-stage")).getText().endsWith("CLOSED"));
        assertThat(browser.driver.findElement(By.id("incident-status-badge")).getText()).isEqualTo("CLOSED");
        assertThat(browser.driver.findElement(By.id("incident-ended")).getText())
                .startsWith("closed").contains("by duty.ee").contains("handled").endsWith("— Mailboxes cleaned, credentials reset");
        assertThat(browser.driver.findElements(By.id("open-correction"))).as("a closed incident is not corrected").isEmpty();
        assertThat(browser.driver.findElement(By.id("open-retraction")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector("#report-form h2")).getText()).isEqualTo("File the final report");
        assertThat(incident(duty, handledId).get("status").asText()).isEqualTo("CLOSED");

        open(mistakenId, mistaken);
        browser.waitFor(By.id("open-retraction")).click();
        WebElement retraction = browser.waitFor(By.id("retraction-form"));
        retraction.findElement(By.name("reason")).sendKeys("An authorised penetration test, not an incident");
        retraction.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(browser.waitFor(By.id("confirm-dialog")).getText()).contains("Retract").contains("every alert about it is recalled");
        browser.driver.findElement(By.id("confirm-yes")).click();
        browser.waiting(SHORT).until(d -> d.findElement(By.id("incident-stage")).getText().endsWith("RETRACTED"));
        assertThat(browser.driver.findElement(By.id("incident-action-result")).getText()).endsWith("is retracted.");
        assertThat(browser.driver.findElement(By.id("incident-ended")).getText()).startsWith("retracted").contains("by duty.ee")
                .endsWith("— An authorised penetration test, not an incident");
        assertThat(browser.driver.findElements(By.id("incident-actions"))).as("nothing is left to do").isEmpty();
        assertThat(browser.driver.findElements(By.id("report-form"))).isEmpty();
        assertThat(incident(duty, mistakenId).get("status").asText()).isEqualTo("RETRACTED");
    }

    @Test
    void shouldOfferTheActionsToTheReportingCountrysNcpAndToNoOtherCountry() {
        String duty = api.login(federation.contactPoints, "duty.ee");
        String title = "Defacement of a ministry site " + suffix();
        String id = file(duty, title, "GREEN");

        browser.logIn("ncp.lv");
        open(id, title);
        assertThat(browser.driver.findElements(By.id("incident-actions"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("report-form"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("request-escalation"))).isEmpty();

        browser.logIn("ncp.ee");
        open(id, title);
        WebElement actions = browser.waitFor(By.id("incident-actions"));
        assertThat(actions.findElements(By.cssSelector(".toolbar button")).stream().map(WebElement::getText))
                .containsExactly("Correct…", "Reply to the early warning…", "Close…", "Retract…");
        assertThat(actions.findElements(By.cssSelector("form")).stream().filter(WebElement::isDisplayed)).as("panels start closed").isEmpty();
        WebElement correct = browser.driver.findElement(By.id("open-correction"));
        assertThat(correct.getAttribute("aria-expanded")).isEqualTo("false");
        correct.click();
        assertThat(correct.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.waitFor(By.id("correction-form")).findElement(By.name("title")).equals(browser.driver.switchTo().activeElement()))
                .as("the focus moves into the opened form").isTrue();
    }

    /** Scrolls the page as a person would, so that a screenshot shows this element at its top. */
    private void scrollTo(By locator) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(locator));
    }

    /** Opens the incident's page and waits until it shows this incident (not the page it came from). */
    private void open(String id, String title) {
        browser.go("#/incidents/" + id);
        browser.waiting(SHORT).until(d -> d.findElement(By.tagName("h1")).getText().contains(title));
    }

    private JsonNode incident(String token, String id) {
        Api.Reply reply = api.get(federation.incidentReporting.url("/api/v1/incidents/" + id), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private String reference(String token, String id) {
        return incident(token, id).get("reference").asText();
    }

    private static String stateOf(JsonNode deadlines, String stage) {
        for (JsonNode deadline : deadlines) {
            if (stage.equals(deadline.get("stage").asText())) {
                return deadline.get("state").asText();
            }
        }
        throw new AssertionError("no " + stage + " clock in " + deadlines);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Files an early warning for EE through the API (aware three hours ago, national only: no case, no alert) and returns its id. */
    private String file(String token, String title, String tlp) {
        Api.Reply filed = api.post(federation.incidentReporting.url("/api/v1/incidents"), token, """
                {"title": "%s", "summary": "first reported by the entity", "awareAt": "%s", "severity": "HIGH",
                 "rsitClass": "intrusions", "rsitType": "system-compromise", "tlp": "%s", "pap": "AMBER",
                 "affectedCountries": ["EE"], "crossBorder": false, "suspectedMalicious": true, "sectors": ["energy"]}"""
                .formatted(title, Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS), tlp));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.body().get("id").asText();
    }
}

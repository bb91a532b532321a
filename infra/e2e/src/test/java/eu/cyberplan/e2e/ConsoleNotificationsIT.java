package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 25, notification channels and the notification log in the page: ncp.lv opens LV's channels from the duty roster,
 * adds a pager webhook (a too short secret first said beside its field, nothing saved), and, once Estonia files an incident
 * affecting Latvia, reads in LV's log, filtered to FAILED, why the webhook could not be reached; the case page shows that
 * failure and its reason for LV's recipient, to Latvia and to the coordinator. The failure is real: the webhook's host is
 * under {@code .invalid} (RFC 2606), which never resolves, so contact-points refuses to post there and gives up. Lithuania's
 * NCP is offered no link to LV's notifications, is refused the page in words, and the API refuses it LV's channels and log.
 */
class ConsoleNotificationsIT extends ConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final String SECRET = "a-pager-secret-of-well-over-thirty-two-characters";

    @Test
    void shouldLetLatviaEditItsChannelsAndReadEachFailureAndItsReasonInTheLogAndOnTheCaseWhileLithuaniaSeesNothingOfIt() throws Exception {
        String webhook = "https://pager-" + suffix() + ".cert.lv.invalid/cyberplan";
        By newRow = By.cssSelector("#channel-rows li.channel-row:last-child");

        // Latvia's NCP opens the channels from LV's duty roster and adds a pager webhook; a short secret is refused first.
        browser.logIn("ncp.lv");
        browser.go("#/duty/LV");
        click(By.id("notifications-link"));
        browser.waiting(PATIENCE).until(d -> "Notifications of LV".equals(d.findElement(By.tagName("h1")).getText()));
        int before = browser.driver.findElements(By.cssSelector("#channel-rows li.channel-row")).size();
        click(By.id("add-channel"));
        browser.waiting(PATIENCE).until(d -> d.findElements(By.cssSelector("#channel-rows li.channel-row")).size() == before + 1);
        new Select(row(newRow).findElement(By.cssSelector("select[name='route']"))).selectByValue("PRIMARY");
        new Select(row(newRow).findElement(By.cssSelector("select[name='kind']"))).selectByValue("WEBHOOK");
        row(newRow).findElement(By.cssSelector("input[name='address']")).sendKeys(webhook);
        row(newRow).findElement(By.cssSelector("input[name='secret']")).sendKeys("too short");
        click(By.cssSelector("#channels-form button[type='submit']"));
        String secretError = "#channels-form [data-field='channels[" + before + "].secret'] .field-error";
        assertThat(textOnceShown(By.cssSelector(secretError))).isEqualTo("must be 32 to 512 characters");
        assertThat(row(newRow).findElement(By.cssSelector("input[name='secret']")).getAttribute("aria-invalid")).isEqualTo("true");
        String ncp = api.login(federation.contactPoints, "ncp.lv");
        assertThat(addresses(ncp)).as("nothing saved").doesNotContain(webhook);
        browser.screenshot("notifications-channel-refused");

        row(newRow).findElement(By.cssSelector("input[name='secret']")).clear();
        row(newRow).findElement(By.cssSelector("input[name='secret']")).sendKeys(SECRET);
        click(By.cssSelector("#channels-form button[type='submit']"));
        assertThat(textOnceShown(By.id("channels-result"))).isEqualTo("Channels saved: " + (before == 0 ? "1 channel" : (before + 1) + " channels") + ".");
        By saved = By.cssSelector("#channel-list tr[data-address='" + webhook + "']");
        assertThat(text(saved)).contains("PRIMARY").contains("WEBHOOK").contains("set (never shown)").contains("by ncp.lv");
        assertThat(browser.driver.getPageSource()).as("the secret is write-only").doesNotContain(SECRET);
        assertThat(addresses(ncp)).contains(webhook);

        // Estonia files an incident affecting Latvia: LV's primary channels are paged, and the webhook cannot be reached.
        String title = "Ransomware at a Baltic port operator " + suffix();
        String id = fileCase("duty.ee", title);
        await().atMost(DELIVERY).until(() -> failedTo(ncp, id, webhook) != null);
        JsonNode failure = failedTo(ncp, id, webhook);
        assertThat(failure.get("lastError").asText()).startsWith("refused address: host ").endsWith(" does not resolve");

        // The log, filtered to FAILED, says why in words.
        browser.go("#/duty/LV");
        click(By.id("notifications-link"));
        browser.waitFor(By.id("notification-log"));
        new Select(browser.driver.findElement(By.id("log-status"))).selectByValue("FAILED");
        browser.waiting(PATIENCE).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#notification-log tbody tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> "FAILED".equals(r.getAttribute("data-status")));
        });
        By failedRow = By.cssSelector("#notification-log tr[data-status='FAILED'][data-target='" + webhook + "']");
        String reason = "this node does not post to that address: host " + webhook.substring(8, webhook.indexOf('/', 8)) + " does not resolve";
        assertThat(text(failedRow)).contains("WEBHOOK · PRIMARY").contains("FAILED").contains("Failed, given up after 1 attempt").contains(reason);
        scrollTo(By.id("log-heading"));
        browser.screenshot("notifications-log-failed");

        // On the case, Latvia sees the failure of that recipient and its reason, apart from what went well.
        openCase(id, title);
        By caseFailure = By.cssSelector("#delivery-failures li.delivery-failure[data-country='LV'][data-target='" + webhook + "']");
        assertThat(text(caseFailure)).contains("LV · " + webhook).contains("(WEBHOOK, PRIMARY)").contains(reason).contains("given up after 1 attempt");
        assertThat(text(By.cssSelector("#case-deliveries li.recipient[data-target='" + webhook + "']"))).contains("FAILED").contains(reason);
        scrollTo(By.id("case-deliveries"));
        browser.screenshot("case-deliveries-failed");

        // The coordinator reads it on the case too, with the country it is about.
        browser.logIn("coordinator");
        openCase(id, title);
        assertThat(text(caseFailure)).contains(reason);

        // Lithuania's NCP: no link on LV's roster, the page refused in words, LV's channels and log refused by the API.
        browser.logIn("ncp.lt");
        browser.go("#/duty/LV");
        browser.waiting(PATIENCE).until(d -> d.findElement(By.tagName("h1")).getText().endsWith("(LV)"));
        assertThat(browser.driver.findElements(By.id("notifications-link"))).isEmpty();
        browser.go("#/notifications/LV");
        assertThat(textOnceShown(By.id("not-permitted"))).contains("kept for its own people and the coordinators");
        assertThat(browser.driver.findElements(By.id("channel-list"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("notification-log"))).isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain(webhook);
        browser.screenshot("notifications-refused-to-another-country");
        String lithuanian = api.login(federation.contactPoints, "ncp.lt");
        assertThat(api.get(federation.contactPoints.url("/api/v1/countries/LV/channels"), lithuanian).status()).isEqualTo(403);
        assertThat(api.get(federation.contactPoints.url("/api/v1/countries/LV/notifications?incidentId=" + id), lithuanian).status()).isEqualTo(403);
        browser.go("#/notifications/LT");
        browser.waitFor(By.id("log-heading"));
        assertThat(browser.driver.getPageSource()).as("LT's own page shows nothing of LV's").doesNotContain(webhook);

        // Latvia removes the webhook again: the list is saved without it.
        browser.logIn("ncp.lv");
        browser.go("#/notifications/LV");
        By rowOfWebhook = By.xpath("//li[contains(@class,'channel-row')][.//input[@name='address' and @value='" + webhook + "']]");
        browser.waitFor(rowOfWebhook).findElement(By.cssSelector("button.remove-channel")).click();
        click(By.cssSelector("#channels-form button[type='submit']"));
        assertThat(textOnceShown(By.id("channels-result"))).startsWith("Channels saved:");
        assertThat(browser.driver.findElements(saved)).isEmpty();
        assertThat(addresses(ncp)).doesNotContain(webhook);
    }

    /** Files an incident affecting Latvia as that duty officer and waits until its case is open; returns its id. */
    private String fileCase(String duty, String title) {
        Api.Reply filed = api.post(federation.incidentReporting.url("/api/v1/incidents"), api.login(federation.contactPoints, duty), """
                {"title": "%s", "summary": "for the deliveries of a case", "awareAt": "2026-11-23T02:40:00Z", "severity": "HIGH",
                 "rsitClass": "malicious-code", "rsitType": "infected-system", "tlp": "AMBER", "pap": "AMBER",
                 "affectedCountries": ["LV"], "crossBorder": true, "suspectedMalicious": true, "sectors": ["transport"]}"""
                .formatted(title));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.body().get("id").asText();
        String coordinator = api.login(federation.contactPoints, "coordinator");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(federation.escalation.url("/api/v1/cases/" + id), coordinator).status() == 200);
        return id;
    }

    /** LV's FAILED notification of the incident to that target, as the API gives it, or null. */
    private JsonNode failedTo(String token, String incidentId, String target) {
        Api.Reply reply = api.get(federation.contactPoints.url("/api/v1/countries/LV/notifications?status=FAILED&incidentId=" + incidentId), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (JsonNode item : reply.body().get("items")) {
            if (target.equals(item.get("target").asText())) {
                return item;
            }
        }
        return null;
    }

    private List<String> addresses(String token) {
        Api.Reply reply = api.get(federation.contactPoints.url("/api/v1/countries/LV/channels"), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().get("channels").findValuesAsText("address");
    }

    private void openCase(String id, String title) {
        browser.go("#/cases/" + id);
        browser.waiting(PATIENCE).withMessage(() -> "the case page of " + title).until(d -> d.findElement(By.tagName("h1")).getText().contains(title));
    }

    private WebElement row(By locator) {
        return browser.waitFor(locator);
    }

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

    private String text(By locator) {
        return browser.waiting(PATIENCE).until(d -> {
            String text = d.findElement(locator).getText();
            return text.isBlank() ? null : text;
        });
    }

    private String textOnceShown(By locator) {
        return browser.waiting(PATIENCE).until(d -> {
            WebElement element = d.findElement(locator);
            String text = element.isDisplayed() ? element.getText() : "";
            return text.isBlank() ? null : text;
        });
    }

    private void scrollTo(By locator) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(locator));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

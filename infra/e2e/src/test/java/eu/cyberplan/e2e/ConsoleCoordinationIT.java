package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25, the coordination pages of the console in a real headless Chromium: the coordinator starts a comcheck of LV
 * and LT in the page, ncp.lv answers it in the inbox, the coordinator sees who answered, how fast, who did not, and
 * the figures per country; the auditor reads the entry of it in the audit log and sees the chain intact; an NCP gets
 * neither the start form nor the audit log.
 */
class ConsoleCoordinationIT extends ConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void shouldStartAComcheckInThePageLetLatviaAnswerInTheInboxAndShowWhoAnsweredAndTheStatistics() throws Exception {
        browser.logIn("coordinator");
        assertThat(navLink("comchecks").isDisplayed()).isTrue();
        navLink("comchecks").click();
        WebElement form = browser.waitFor(By.id("comcheck-form"));
        form.findElement(By.cssSelector("input[name='scope'][value='chosen']")).click();
        form.findElement(By.cssSelector("input[name='countries'][value='LV']")).click();
        form.findElement(By.cssSelector("input[name='countries'][value='LT']")).click();
        WebElement within = form.findElement(By.id("answer-within"));
        within.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");
        browser.driver.findElement(By.id("start-comcheck")).click();
        browser.waiting(PATIENCE).until(d -> d.getCurrentUrl().matches(".*#/comchecks/[0-9a-f-]{36}$"));
        String comcheckId = browser.driver.getCurrentUrl().replaceAll(".*#/comchecks/", "");

        JsonNode started = api.get(federation.contactPoints.url("/api/v1/comchecks/" + comcheckId),
                api.login(federation.contactPoints, "coordinator")).body();
        assertThat(texts(started.get("countries"))).containsExactlyInAnyOrder("LV", "LT");
        assertThat(Duration.between(Instant.parse(started.get("startedAt").asText()), Instant.parse(started.get("answerBy").asText())))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(answer("LV").getAttribute("data-answered")).isEqualTo("false");
        assertThat(answer("LT").getAttribute("data-answered")).isEqualTo("false");

        // Latvia answers where it answers everything: its inbox.
        browser.logIn("ncp.lv");
        browser.go("#/inbox");
        By item = By.cssSelector("#inbox-list li[data-comcheck-id='" + comcheckId + "']");
        WebElement comcheckItem = browser.waitFor(item);
        assertThat(comcheckItem.getText()).contains("Communication check").contains("COMCHECK");
        comcheckItem.findElement(By.cssSelector("button.ack")).click();
        browser.waiting(PATIENCE).until(d -> "ACKNOWLEDGED".equals(d.findElement(item).getAttribute("data-status")));
        assertThat(browser.driver.findElement(item).getText()).contains("Acknowledged by ncp.lv");

        // The NCP sees its own country's answer, never the start form nor another country's row.
        browser.go("#/comchecks");
        WebElement listed = browser.waitFor(By.cssSelector("#comcheck-list tr[data-comcheck-id='" + comcheckId + "']"));
        assertThat(listed.getText()).contains("✓ by ncp.lv");
        assertThat(browser.driver.findElements(By.id("comcheck-form"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("start-comcheck"))).isEmpty();
        browser.go("#/comchecks/" + comcheckId);
        browser.waitFor(By.id("comcheck-answers"));
        assertThat(browser.driver.findElements(By.cssSelector("#comcheck-answers tbody tr")))
                .singleElement().satisfies(row -> assertThat(row.getAttribute("data-country")).isEqualTo("LV"));

        // The coordinator: Latvia answered, by whom and how fast; Lithuania did not.
        browser.logIn("coordinator");
        browser.go("#/comchecks/" + comcheckId);
        browser.waiting(PATIENCE).until(d -> "true".equals(answer("LV").getAttribute("data-answered")));
        assertThat(answer("LV").getText()).contains("✓ answered").contains("ncp.lv").contains("on time").containsPattern("\\d+ s");
        assertThat(answer("LT").getAttribute("data-answered")).isEqualTo("false");
        assertThat(answer("LT").getText()).contains("✗ not answered").contains("still open");
        assertThat(browser.driver.findElement(By.id("comcheck-rate")).getText()).isEqualTo("1/2 (50 %)");

        // The statistics over the last comcheck, which is this one: LV answered it, LT did not.
        browser.go("#/comchecks");
        WebElement last = browser.waitFor(By.id("stats-last"));
        last.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        browser.driver.findElement(By.id("stats-show")).click();
        browser.waiting(PATIENCE).until(d -> d.findElement(By.id("comcheck-stats-over")).getText().equals("Over the last 1 comcheck(s)."));
        assertThat(browser.driver.findElements(By.cssSelector("#comcheck-stats tbody tr")))
                .extracting(row -> row.getAttribute("data-country")).containsExactly("LT", "LV");
        WebElement latvia = browser.driver.findElement(By.cssSelector("#comcheck-stats tr[data-country='LV']"));
        assertThat(latvia.findElement(By.cssSelector("td.rate")).getText()).isEqualTo("100 %");
        assertThat(latvia.getText()).doesNotContain("never answered");
        WebElement lithuania = browser.driver.findElement(By.cssSelector("#comcheck-stats tr[data-country='LT']"));
        assertThat(lithuania.findElement(By.cssSelector("td.rate")).getText()).isEqualTo("0 %");
        assertThat(lithuania.getText()).contains("never answered");
        assertThat(browser.driver.findElement(By.cssSelector("#comcheck-list tr[data-comcheck-id='" + comcheckId + "']")).getText())
                .contains("1/2 (50 %)");
        browser.screenshot("comchecks");
    }

    @Test
    void shouldShowTheAuditorTheEntryOfAComcheckJustStartedAndTheChainIntact() throws Exception {
        String auditor = api.login(federation.contactPoints, "auditor");
        assertThat(api.get(federation.console.url("/api/v1/audit?service=contact-points&size=1"), auditor).status())
                .as("the console routes the audit trail to the service named").isEqualTo(200);
        Api.Reply started = api.post(federation.console.url("/api/v1/comchecks"), api.login(federation.contactPoints, "coordinator"),
                "{\"countries\": [\"EE\"], \"answerWithinMinutes\": 5}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String comcheckId = started.body().get("id").asText();

        browser.logIn("auditor");
        assertThat(navLink("audit").isDisplayed()).isTrue();
        navLink("audit").click();
        WebElement filters = browser.waitFor(By.id("audit-filters"));
        new Select(filters.findElement(By.id("audit-service"))).selectByValue("contact-points");
        filters.findElement(By.name("targetId")).sendKeys(comcheckId);
        filters.findElement(By.name("action")).sendKeys("comcheck.started");
        browser.driver.findElement(By.id("audit-show")).click();
        By entry = By.cssSelector("#audit-entries tbody tr[data-action='comcheck.started']");
        browser.waiting(PATIENCE).until(d -> d.findElements(entry).size() == 1
                && d.findElement(entry).getText().contains(comcheckId));
        WebElement row = browser.driver.findElement(entry);
        assertThat(row.findElement(By.cssSelector("td.actor")).getText()).startsWith("coordinator").contains("EU");
        assertThat(row.findElement(By.cssSelector("td.target")).getText()).startsWith("comcheck").contains(comcheckId);
        assertThat(browser.driver.findElements(By.cssSelector("#audit-entries tbody tr"))).hasSize(1);

        browser.driver.findElement(By.id("audit-verify")).click();
        browser.waiting(PATIENCE).until(d -> d.findElement(By.id("audit-verdict")).getAttribute("data-valid") != null);
        WebElement verdict = browser.driver.findElement(By.id("audit-verdict"));
        assertThat(verdict.getAttribute("data-valid")).isEqualTo("true");
        assertThat(verdict.getText()).startsWith("contact-points: ✓ Intact").containsPattern("\\d+ entries checked");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('verify-title').scrollIntoView()");
        browser.screenshot("audit");
    }

    @Test
    void shouldGiveAnNcpNeitherTheStartFormNorTheAuditLogAndSayPlainlyWhy() {
        browser.logIn("ncp.lt");
        assertThat(navLink("audit").isDisplayed()).isFalse();
        assertThat(navLink("comchecks").isDisplayed()).isTrue();
        browser.go("#/comchecks");
        browser.waitFor(By.id("comcheck-recent"));
        assertThat(browser.driver.findElements(By.id("comcheck-form"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("answer-hint")).getText()).contains("inbox");

        browser.go("#/audit");
        WebElement refusal = browser.waitFor(By.id("audit-problem"));
        assertThat(browser.driver.findElements(By.id("audit-entries"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("audit-verify"))).isEmpty();
        assertThat(refusal.getText()).contains("(403)");
    }

    private WebElement navLink(String name) {
        return browser.driver.findElement(By.cssSelector("#nav a[data-nav='" + name + "']"));
    }

    private WebElement answer(String country) {
        return browser.waitFor(By.cssSelector("#comcheck-answers tr[data-country='" + country + "']"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}

package eu.cyberplan.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 25, pictures: the case board's map of Europe. EE files an incident naming LV and LT and ncp.lv acknowledges it;
 * the coordinator's map shows EE as the reporter, LV acknowledged and LT alerted, in the grid's colours and words, each
 * country named for a screen reader and reachable from the keyboard; ncp.lt's map shows nothing of a TLP:RED case that
 * names only LV.
 *
 * <p>The board is drawn again whenever a case changes (live push), so every look here finds its element afresh.
 */
class ConsoleMapIT extends ConsoleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void shouldColourEachCountryByItsReceiptAndNameItForTheKeyboardAndScreenReaders() throws Exception {
        String title = "Wiper at a Baltic rail operator " + suffix();
        String id = fileCase(title, "AMBER", "[\"LV\", \"LT\"]", "");

        browser.logIn("ncp.lv");
        browser.go("#/inbox");
        By alert = By.xpath("//li[contains(@class,'item')][.//div[@class='title'][contains(., '" + title + "')]]");
        browser.waitFor(alert).findElement(By.cssSelector("button.ack")).click();
        browser.waiting(PATIENCE).until(d -> "ACKNOWLEDGED".equals(d.findElement(alert).getAttribute("data-status")));

        browser.logIn("coordinator");
        browser.go("#/cases");
        WebElement chooser = browser.waitFor(By.id("map-case"));
        String mostUrgent = browser.waitFor(By.cssSelector("#case-board article.case")).getAttribute("data-incident-id");
        assertThat(new Select(chooser).getFirstSelectedOption().getAttribute("value")).as("the most urgent open case, until one is chosen")
                .isEqualTo(mostUrgent);
        browser.waiting(PATIENCE).until(d -> {
            new Select(d.findElement(By.id("map-case"))).selectByValue(id);
            return true;
        });

        String map = "#case-map svg.europe[data-incident-id='" + id + "']";
        browser.waiting(PATIENCE).withMessage("LV acknowledged on the map")
                .until(d -> "ACKNOWLEDGED".equals(d.findElement(country(map, "LV")).getAttribute("data-state")));
        assertThat(attribute(country(map, "EE"), "data-state")).isEqualTo("REPORTER");
        assertThat(attribute(country(map, "LT"), "data-state")).isIn("DISPATCHED", "DELIVERED");
        assertThat(attribute(country(map, "FR"), "data-state")).as("a member not alerted").isEqualTo("NONE");
        assertThat(attribute(country(map, "LV"), "class")).contains("ACKNOWLEDGED");
        assertThat(attribute(country(map, "EE"), "class")).contains("REPORTER");

        // Named as the grid names them, as a screen reader reads them and as the pointer's tooltip shows them.
        assertThat(attribute(country(map, "LV"), "aria-label")).isEqualTo("Latvia (LV): acknowledged");
        assertThat(attribute(country(map, "EE"), "aria-label")).isEqualTo("Estonia (EE): reporter");
        assertThat(attribute(country(map, "LT"), "aria-label")).matches("Lithuania \\(LT\\): (dispatched|delivered)");
        assertThat(attribute(country(map, "GR"), "aria-label")).isEqualTo("Greece (GR): not alerted");
        assertThat(text(By.cssSelector("#case-map svg.europe [data-country='LV'] title"), "textContent")).isEqualTo("Latvia (LV): acknowledged");
        assertThat(attribute(country(map, "LV"), "role")).isEqualTo("button");

        // Its text alternative is the case's grid on the board: the map names it, and the grid says the same.
        String grid = attribute(By.cssSelector(map), "aria-details");
        assertThat(grid).isEqualTo("receipts-" + id);
        assertThat(attribute(By.cssSelector("#" + grid + " .cell[data-country='LV']"), "data-state")).isEqualTo("ACKNOWLEDGED");
        assertThat(attribute(By.cssSelector("#" + grid + " .cell[data-country='EE']"), "data-state")).isEqualTo("REPORTER");
        assertThat(browser.driver.findElement(By.id("map-caption")).getText()).contains(title).contains("grid");
        assertThat(browser.driver.findElements(By.cssSelector("#case-map .map-legend li")).stream().map(WebElement::getText))
                .containsExactly("not alerted", "reporter", "dispatched", "delivered", "acknowledged", "overdue", "escalated", "not in the plan");
        assertThat(browser.driver.findElement(By.cssSelector("#case-map .source")).getText()).contains("Natural Earth");

        // One stop for Tab (the reporter first), the arrow keys between countries, Enter to read one.
        List<WebElement> stops = browser.driver.findElements(By.cssSelector("#case-map svg.europe .country[tabindex='0']"));
        assertThat(stops).hasSize(1);
        assertThat(stops.get(0).getAttribute("data-country")).isEqualTo("EE");
        browser.driver.findElement(country(map, "LT")).click();
        browser.waiting(PATIENCE).until(d -> "true".equals(d.findElement(country(map, "LT")).getAttribute("aria-pressed")));
        assertThat(browser.driver.findElement(By.id("map-country")).getText()).matches("Lithuania \\(LT\\): (dispatched|delivered), dispatched .*");
        assertThat(attribute(By.cssSelector("#" + grid + " .cell[data-country='LT']"), "class")).contains("picked");
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("data-country")).isEqualTo("LU");
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT, Keys.ENTER).perform();
        browser.waiting(PATIENCE).until(d -> "true".equals(d.findElement(country(map, "LV")).getAttribute("aria-pressed")));
        assertThat(browser.driver.findElement(By.id("map-country")).getText()).startsWith("Latvia (LV): acknowledged").contains("by ncp.lv");
        assertThat(attribute(country(map, "LT"), "aria-pressed")).isEqualTo("false");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(By.id("case-map")));
        browser.screenshot("case-map");

        // At a tablet's width the map takes the whole width and what it says goes under it, nothing wider than the screen.
        Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new Dimension(768, 1024));
            browser.waiting(PATIENCE).until(d -> {
                WebElement drawing = d.findElement(By.cssSelector(map));
                WebElement side = d.findElement(By.cssSelector("#case-map .map-side"));
                return side.getRect().getY() >= drawing.getRect().getY() + drawing.getRect().getHeight()
                        && drawing.getRect().getWidth() > 600 && drawing.getRect().getX() + drawing.getRect().getWidth() <= 768;
            });
            browser.screenshot("case-map-tablet");
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    @Test
    void shouldShowNothingOfARedCaseToACountryItDoesNotName() throws Exception {
        String shared = "Phishing at two Baltic ministries " + suffix();
        String sharedId = fileCase(shared, "AMBER", "[\"LV\", \"LT\"]", "");
        String secret = "Named-only intrusion at a Latvian operator " + suffix();
        String redId = fileCase(secret, "RED", "[\"LV\"]", ", \"recipients\": [\"LV\"]");

        browser.logIn("ncp.lt");
        browser.go("#/cases");
        browser.waitFor(By.cssSelector("#case-map svg.europe"));
        browser.waiting(PATIENCE).withMessage("the case LT takes part in, offered on the map")
                .until(d -> !d.findElements(By.cssSelector("#map-case option[value='" + sharedId + "']")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#map-case option[value='" + redId + "']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[data-incident-id='" + redId + "']"))).isEmpty();
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(secret);

        browser.waiting(PATIENCE).until(d -> {
            new Select(d.findElement(By.id("map-case"))).selectByValue(sharedId);
            return true;
        });
        String map = "#case-map svg.europe[data-incident-id='" + sharedId + "']";
        assertThat(attribute(country(map, "LT"), "data-state")).isIn("DISPATCHED", "DELIVERED");
        assertThat(attribute(country(map, "EE"), "data-state")).isEqualTo("REPORTER");
    }

    private static By country(String map, String code) {
        return By.cssSelector(map + " .country[data-country='" + code + "']");
    }

    private String attribute(By locator, String name) {
        return browser.waiting(PATIENCE).until(d -> d.findElement(locator).getAttribute(name));
    }

    private String text(By locator, String property) {
        return browser.waiting(PATIENCE).until(d -> d.findElement(locator).getDomProperty(property));
    }

    /** Files an early warning of EE through the API and waits until escalation has opened its case; returns the incident's id. */
    private String fileCase(String title, String tlp, String affected, String extra) {
        Api.Reply filed = api.post(federation.incidentReporting.url("/api/v1/incidents"), api.login(federation.contactPoints, "duty.ee"), """
                {"title": "%s", "summary": "for the map", "awareAt": "2026-11-23T02:40:00Z", "severity": "HIGH",
                 "rsitClass": "malicious-code", "rsitType": "infected-system", "tlp": "%s", "pap": "AMBER",
                 "affectedCountries": %s, "crossBorder": true, "suspectedMalicious": true, "sectors": ["transport"]%s}"""
                .formatted(title, tlp, affected, extra));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.body().get("id").asText();
        String coordinator = api.login(federation.contactPoints, "coordinator");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(federation.escalation.url("/api/v1/cases/" + id), coordinator).status() == 200);
        return id;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

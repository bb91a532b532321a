package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real headless Chromium against every service in its own JVM: duty.ee files through the form,
 * ncp.lv sees the alert arrive without reloading and acknowledges it with one click, the coordinator's case board shows
 * LV acknowledged; and no page shows another country's inbox or a TLP:RED incident outside its recipients.
 */
class ConsoleIT extends ConsoleTest {

    @Test
    void shouldFileInTheFormAcknowledgeInTheInboxAndShowItOnTheCaseBoard() throws Exception {
        String title = "Wiper on the gas network " + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn("duty.ee");
        assertThat(browser.driver.findElement(By.id("who-country")).getText()).isEqualTo("EE");
        browser.go("#/incidents/new");
        WebElement form = browser.waitFor(By.id("incident-form"));
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("summary")).sendKeys("Compressor stations' HMIs wiped");
        form.findElement(By.cssSelector("input[name='affectedCountries'][value='LV']")).click();
        form.findElement(By.name("crossBorder")).click();
        form.findElement(By.cssSelector("input[name='sectors'][value='energy']")).click();
        browser.driver.findElement(By.id("submit-incident")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().matches(".*#/incidents/[0-9a-f-]{36}$"));
        String incidentId = browser.driver.getCurrentUrl().replaceAll(".*#/incidents/", "");
        assertThat(browser.waitFor(By.id("deadlines")).getText()).contains("EARLY_WARNING").contains("NOTIFICATION");

        browser.logIn("ncp.lv");
        browser.go("#/inbox");
        By alert = By.xpath("//li[contains(@class,'item')][.//div[@class='title'][contains(., '" + title + "')]]");
        WebElement item = browser.waitFor(alert);
        assertThat(item.getText()).contains("HIGH").contains("TLP:AMBER").contains("acknowledge within");
        browser.screenshot("inbox");
        item.findElement(By.cssSelector("button.ack")).click();
        browser.waiting(Duration.ofSeconds(20))
                .until(d -> "ACKNOWLEDGED".equals(d.findElement(alert).getAttribute("data-status")));
        assertThat(browser.driver.findElement(alert).getText()).contains("Acknowledged by ncp.lv");

        browser.logIn("coordinator");
        browser.go("#/cases");
        By lv = By.cssSelector("article[data-incident-id='" + incidentId + "'] .cell[data-country='LV']");
        browser.waiting(Duration.ofSeconds(30)).until(d -> "ACKNOWLEDGED".equals(d.findElement(lv).getAttribute("data-state")));
        WebElement card = browser.driver.findElement(By.cssSelector("article[data-incident-id='" + incidentId + "']"));
        assertThat(card.getText()).contains("acknowledged 1/1").contains(title);
        assertThat(card.findElement(By.cssSelector(".cell[data-country='EE']")).getAttribute("data-state")).isEqualTo("REPORTER");
        browser.screenshot("case-board");
    }

    @Test
    void shouldOnboardADutyOfficerFromTheAccountsPageThroughTheSetupLink() throws Exception {
        browser.logIn("admin.ee");
        browser.go("#/accounts");
        WebElement form = browser.waitFor(By.id("new-account"));
        form.findElement(By.id("acc-username")).sendKeys("liis.ee");
        form.findElement(By.id("acc-name")).sendKeys("Liis Lepp");
        form.findElement(By.id("acc-roles")).sendKeys("DUTY_OFFICER");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        String link = browser.waitFor(By.id("setup-link")).getText();
        assertThat(link).contains("#/setup/");

        browser.driver.get(link);
        browser.waitFor(By.id("setup-password")).sendKeys("lanterns over the bay");
        browser.driver.findElement(By.cssSelector("#setup button[type='submit']")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("setup")).getText().contains("Password set"));

        browser.logIn("liis.ee", "lanterns over the bay");
        assertThat(browser.driver.findElement(By.id("who-country")).getText()).isEqualTo("EE");
        browser.go("#/account");
        browser.waitFor(By.id("start-mfa")).click();
        assertThat(browser.waitFor(By.id("totp-secret")).getText()).matches("[A-Z2-7]{32}");
        browser.screenshot("mfa-setup");
    }

    @Test
    void shouldLetACountryAdministratorRequireMfaAndResetAPersonsLostSecondFactor() throws Exception {
        String duty = api.login(federation.contactPoints, "duty.se");
        String secret = api.post(federation.contactPoints.url("/api/v1/accounts/me/totp"), duty, "{}").body().get("secret").asText();
        assertThat(api.post(federation.contactPoints.url("/api/v1/accounts/me/totp/confirm"), duty,
                "{\"code\":\"" + Authenticator.code(secret, Instant.now()) + "\"}").status()).isEqualTo(200);

        // Logged in before SE requires MFA: the administrator has no authenticator either.
        String admin = api.login(federation.contactPoints, "admin.se");
        browser.logIn("admin.se");
        browser.go("#/accounts");
        WebElement required = browser.waitFor(By.id("mfa-required"));
        assertThat(required.isSelected()).isFalse();
        required.click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("mfa-required-result")).getText().contains("Required"));
        assertThat(api.get(federation.contactPoints.url("/api/v1/countries/SE/security"), admin).body().get("mfaRequired").asBoolean()).isTrue();

        By dutyRow = By.cssSelector("#accounts tr[data-username='duty.se']");
        assertThat(browser.waitFor(dutyRow).findElement(By.cssSelector("td.mfa")).getText()).isEqualTo("yes");
        browser.driver.findElement(dutyRow).findElement(By.cssSelector("button.reset-mfa")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> "no".equals(d.findElement(dutyRow).findElement(By.cssSelector("td.mfa")).getText()));
        assertThat(browser.driver.findElement(By.id("account-action")).getText()).contains("duty.se");
        // SE now requires a second factor and duty.se has none: the next login walks them through enrolment.
        Api.Reply login = api.post(federation.contactPoints.url("/api/v1/login"), null, "{\"username\":\"duty.se\",\"password\":\"demo\"}");
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.body().get("mfaEnrolmentRequired").asBoolean()).isTrue();

        browser.driver.findElement(dutyRow).findElement(By.cssSelector("button.new-setup-link")).click();
        assertThat(browser.waitFor(By.id("setup-link")).getText()).contains("#/setup/");
        assertThat(browser.driver.findElements(By.cssSelector("#accounts tr[data-username='admin.se'] button.reset-mfa"))).isEmpty();
        browser.screenshot("accounts-recovery");
    }

    @Test
    void shouldShowNoOtherCountrysInboxAndNoRedIncidentOutsideItsRecipients() throws Exception {
        String duty = api.login(federation.contactPoints, "duty.ee");
        String secret = "Named-only intrusion " + UUID.randomUUID().toString().substring(0, 8);
        String amber = "Latvian-only phishing wave " + UUID.randomUUID().toString().substring(0, 8);
        String redId = file(duty, secret, "RED", "[\"LV\",\"LT\"]", ", \"recipients\": [\"LV\"]");
        String amberId = file(duty, amber, "AMBER", "[\"LV\"]", "");
        String ncpLv = api.login(federation.contactPoints, "ncp.lv");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api.get(federation.contactPoints.url("/api/v1/inbox?size=200"), ncpLv).body().get("items").findValuesAsText("incidentId"))
                .contains(redId, amberId));

        browser.logIn("ncp.lt");
        browser.go("#/inbox");
        browser.waitFor(By.id("inbox-list"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.driver.findElement(By.id("inbox-list")).getText()).isNotEqualTo("Loading…"));
        assertThat(browser.driver.getPageSource()).doesNotContain(secret).doesNotContain(amber).doesNotContain(redId).doesNotContain(amberId);
        browser.go("#/incidents");
        browser.waitFor(By.tagName("table"));
        assertThat(browser.driver.getPageSource()).doesNotContain(secret).doesNotContain(redId);
        browser.go("#/incidents/" + redId);
        assertThat(browser.waitFor(By.id("not-permitted")).getText()).contains("may not read");
        assertThat(browser.driver.getPageSource()).doesNotContain(secret);
        browser.go("#/cases/" + redId);
        browser.waitFor(By.id("not-permitted"));
        assertThat(browser.driver.getPageSource()).doesNotContain(secret);
        browser.go("#/cases");
        browser.waitFor(By.id("case-board"));
        assertThat(browser.driver.getPageSource()).doesNotContain(redId).doesNotContain(amberId);

        browser.logIn("ncp.lv");
        browser.go("#/incidents/" + redId);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).contains(secret);
        browser.go("#/inbox");
        By newItems = By.cssSelector("#inbox-list li[data-status='NEW']");
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(newItems).size() >= 2);
        int before = browser.driver.findElements(newItems).size();
        browser.driver.findElement(By.tagName("body")).sendKeys("a");
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(newItems).size() == before - 1);
    }

    @Test
    void shouldMarkEveryExerciseScreenWithTheBanner() throws Exception {
        browser.logIn("planner");
        browser.go("#/exercises");
        WebElement form = browser.waitFor(By.id("scenario-form"));
        assertThat(browser.driver.findElement(By.id("exercise-banner")).isDisplayed()).isTrue();
        form.findElement(By.name("name")).sendKeys("Console drill");
        form.findElement(By.name("compression")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");
        form.findElement(By.name("scenario")).sendKeys("offset,country,kind,title,payload,expected action\n0,LV,MESSAGE,Press enquiry,A journalist calls,\n");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waitFor(By.id("exercise-status"));
        assertThat(browser.driver.findElement(By.id("exercise-status")).getText()).isEqualTo("PLANNED");
        browser.driver.findElement(By.id("exercise-start")).click();
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("exercise-progress")).getText().startsWith("1/1"));
        assertThat(browser.driver.findElement(By.id("exercise-banner")).getText()).isEqualTo("EXERCISE EXERCISE EXERCISE");
        browser.screenshot("exercise");

        browser.logIn("ncp.lv");
        browser.go("#/inbox/exercise");
        WebElement item = browser.waitFor(By.xpath("//li[contains(@class,'item')][contains(., 'Press enquiry')]"));
        assertThat(item.getText()).startsWith("EXERCISE EXERCISE EXERCISE");
        assertThat(browser.driver.findElement(By.id("exercise-banner")).isDisplayed()).isTrue();
        browser.go("#/inbox");
        browser.waitFor(By.id("inbox-list"));
        assertThat(browser.driver.findElement(By.id("exercise-banner")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("inbox-list")).getText()).doesNotContain("Press enquiry");
    }

    /** Issue 24: a planner writes the MSEL on the timeline, the CSV comes back to the letter, the check names the inject. */
    @Test
    void shouldAuthorAnMselOnTheTimelineRoundTripItsCsvAndLoadIt() throws Exception {
        String msel = "offset,country,kind,title,payload,expected action\r\n"
                + "0,LV,INCIDENT,\"Wiper, Riga\",\"{\"\"severity\"\":\"\"HIGH\"\",\"\"tlp\"\":\"\"AMBER\"\"}\",ACK LV WITHIN 15m\r\n"
                + "600,LT,MESSAGE,Press enquiry,\"A journalist calls,\ntwice\",\r\n"
                + "900,FR,MESSAGE,Who is this?,,\r\n"
                + "1800,LT,COMCHECK,Comcheck,,\r\n";
        Path file = Files.createTempFile("msel", ".csv");
        Files.writeString(file, msel);
        browser.logIn("planner");
        browser.go("#/exercises");
        browser.waitFor(By.id("open-msel-editor")).click();
        browser.waitFor(By.id("msel-timeline"));
        browser.driver.findElement(By.id("msel-new")).click();
        WebElement participants = browser.driver.findElement(By.cssSelector("#msel-header input[name='participants']"));
        participants.sendKeys("LV, LT", Keys.TAB);
        browser.driver.findElement(By.cssSelector("#msel-header input[name='name']")).sendKeys("Baltic grid", Keys.TAB);
        browser.driver.findElement(By.id("msel-file")).sendKeys(file.toString());
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("msel-message")).getText().startsWith("Imported"));
        assertThat(browser.driver.findElements(By.cssSelector("#msel-timeline rect.mark"))).hasSize(4);
        assertThat(browser.driver.findElements(By.cssSelector("#msel-timeline rect.mark.failing"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#msel-timeline rect.mark.expects"))).hasSize(1);
        assertThat(exportedCsv()).isEqualTo(msel);

        // The problem names its inject: following it shows the message beside the field, fixed there.
        WebElement problems = browser.waitFor(By.id("msel-problems"));
        assertThat(problems.getText()).contains("FR is not a participant");
        problems.findElement(By.cssSelector("button.link")).click();
        WebElement country = browser.waitFor(By.cssSelector("#msel-inject input[name='country']"));
        assertThat(browser.driver.findElement(By.cssSelector("#msel-inject [data-field='country'] .field-error")).getText()).contains("FR is not a participant");
        country.clear();
        country.sendKeys("LV");
        browser.driver.findElement(By.id("msel-apply")).click();
        browser.waiting(Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("#msel-timeline rect.mark.failing")).isEmpty());

        // Keyboard: the selected inject moves by a minute per arrow; the pointer: dragged 60 px at 60 s/px is an hour later.
        browser.driver.findElement(By.xpath("//div[@id='msel-list']//div[contains(concat(' ', @class, ' '), ' row ')][contains(., 'Press enquiry')]")).click();
        browser.driver.findElement(By.id("msel-list")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        browser.waiting(Duration.ofSeconds(5)).until(d -> "0:12:00".equals(d.findElement(By.cssSelector("#msel-inject input[name='offsetSeconds']")).getAttribute("value")));
        WebElement mark = browser.driver.findElement(By.cssSelector("#msel-timeline rect.mark.selected"));
        new Actions(browser.driver).dragAndDropBy(mark, 60, 0).perform();
        browser.waiting(Duration.ofSeconds(5)).until(d -> "1:12:00".equals(d.findElement(By.cssSelector("#msel-inject input[name='offsetSeconds']")).getAttribute("value")));

        // Add one, remove another, check, load.
        browser.driver.findElement(By.id("msel-add")).click();
        WebElement title = browser.waitFor(By.cssSelector("#msel-inject input[name='title']"));
        title.sendKeys("Situation update from the operator");
        new Select(browser.driver.findElement(By.cssSelector("#msel-inject select[name='kind']"))).selectByValue("SITUATION_UPDATE");
        browser.driver.findElement(By.id("msel-apply")).click();
        browser.driver.findElement(By.xpath("//div[@id='msel-list']//div[contains(concat(' ', @class, ' '), ' row ')][contains(., 'Comcheck')]")).click();
        browser.waitFor(By.id("msel-remove")).click();
        assertThat(browser.driver.findElements(By.cssSelector("#msel-timeline rect.mark"))).hasSize(4);
        browser.driver.findElement(By.id("msel-check")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("msel-message")).getText().contains("ready to load"));
        assertThat(exportedCsv()).contains("4320,LT,MESSAGE,Press enquiry,", "4320,LV,SITUATION_UPDATE,Situation update from the operator,,")
                .doesNotContain("Comcheck", "FR");
        browser.screenshot("msel-editor");
        browser.driver.findElement(By.id("msel-load")).click();
        browser.waitFor(By.id("exercise-status"));
        assertThat(browser.driver.findElement(By.id("exercise-status")).getText()).isEqualTo("PLANNED");
        assertThat(browser.driver.findElement(By.id("exercise-progress")).getText()).startsWith("0/4");
    }

    /** Exports the editor's draft as CSV and reads the downloaded file's text. */
    private String exportedCsv() {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('msel-download')?.remove();");
        browser.driver.findElement(By.id("msel-export-csv")).click();
        browser.waitFor(By.id("msel-download"));
        // Percent-encoded on the way out: the driver's transport would otherwise normalise the CSV's CRLF line ends.
        String encoded = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.getElementById('msel-download').blob.text().then(t => done(encodeURIComponent(t)), e => done('failed: ' + e));");
        return java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowEveryCountrysReadinessToTheCoordinatorAndOnlyItsOwnToAnNcp() {
        browser.logIn("coordinator");
        browser.go("#/readiness");
        browser.waitFor(By.id("readiness"));
        assertThat(browser.driver.findElements(By.cssSelector("#readiness tbody tr"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(browser.driver.findElement(By.cssSelector("#readiness tr[data-country='LV']")).getText()).contains("plan");

        browser.logIn("ncp.lv");
        browser.go("#/readiness");
        browser.waitFor(By.id("readiness"));
        assertThat(browser.driver.findElements(By.cssSelector("#readiness tbody tr")))
                .singleElement().satisfies(row -> assertThat(row.getAttribute("data-country")).isEqualTo("LV"));
    }

    private String file(String token, String title, String tlp, String affected, String extra) {
        Api.Reply filed = api.post(federation.incidentReporting.url("/api/v1/incidents"), token, """
                {"title": "%s", "summary": "only for the named", "awareAt": "2026-11-23T02:40:00Z", "severity": "HIGH",
                 "rsitClass": "intrusions", "rsitType": "system-compromise", "tlp": "%s", "pap": "AMBER",
                 "affectedCountries": %s, "crossBorder": true, "suspectedMalicious": true, "sectors": ["energy"]%s}"""
                .formatted(title, tlp, affected, extra));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonNode body = filed.body();
        return body.get("id").asText();
    }
}

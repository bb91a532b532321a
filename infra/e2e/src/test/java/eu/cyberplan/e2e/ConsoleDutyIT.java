package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25, the duty roster in the page: ncp.lv removes a night shift of next week and sees the gap it leaves, covers
 * it again with a shift and a change (the service's 422 and 409 shown beside the form, nothing stored), writes a shift
 * handover that duty.lv reads at the top of the paged log; ncp.lt reads LV's roster and gaps, is offered no edit and
 * no handover, is refused LV's handover log in words, and the API refuses its edit too.
 */
class ConsoleDutyIT extends ConsoleTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.US);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void shouldShowTheGapOfARemovedShiftAndCloseItWithAShiftAndAChangeWhileTheServicesRefusalsShowBesideTheForm() throws Exception {
        LocalDate monday = LocalDate.now(RIGA).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
        String week = isoWeek(monday);
        LocalDateTime wednesdayNight = monday.plusDays(2).atTime(20, 0);
        LocalDateTime thursdayMorning = monday.plusDays(3).atTime(8, 0);
        String nightShift = "#shift-table tr[data-person='night.lv'][data-start-local='" + MINUTE.format(wednesdayNight) + "']";
        String ncp = api.login(federation.contactPoints, "ncp.lv");

        browser.logIn("ncp.lv");
        browser.go("#/duty");
        browser.waitFor(By.id("own-roster")).click();
        browser.waiting(PATIENCE).until(d -> d.findElement(By.tagName("h1")).getText().endsWith("(LV)"));
        browser.driver.findElement(By.id("next-week")).click();
        browser.waiting(PATIENCE).until(d -> week.equals(d.findElement(By.id("duty-roster")).getAttribute("data-week")));
        assertThat(browser.driver.findElement(By.id("roster-week")).getText()).startsWith(week + ": " + DAY.format(monday));
        assertThat(summary().getAttribute("data-covered")).isEqualTo("true");
        assertThat(summary().getText()).startsWith("✓ 24/7 covered");
        assertThat(browser.driver.findElements(By.cssSelector("#week-grid td[data-state]:not([data-state='ok'])"))).isEmpty();
        WebElement night = browser.waitFor(By.cssSelector(nightShift));
        assertThat(night.getAttribute("data-end-local")).isEqualTo(MINUTE.format(thursdayMorning));
        assertThat(night.getText()).contains(label(wednesdayNight)).contains(label(thursdayMorning)).contains("primary");

        // Removing asks first; Cancel sends nothing.
        night.findElement(By.cssSelector("button.remove-shift")).click();
        assertThat(browser.waitFor(By.id("confirm-dialog")).getText()).contains("Remove night.lv's shift?")
                .contains("night.lv as primary, " + label(wednesdayNight) + " – " + label(thursdayMorning)).contains("become a gap");
        browser.driver.findElement(By.id("confirm-no")).click();
        browser.waiting(PATIENCE).until(d -> d.findElements(By.id("confirm-dialog")).isEmpty());
        assertThat(coverage(ncp, week).get("covered").asBoolean()).as("cancelled: nothing sent").isTrue();

        // Then from the keyboard: Enter on Remove…, the dialog's Cancel has the focus, Tab to "Remove it", Enter.
        browser.driver.findElement(By.cssSelector(nightShift + " button.remove-shift")).sendKeys(Keys.ENTER);
        browser.waitFor(By.id("confirm-dialog"));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("confirm-no");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("confirm-yes");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waiting(PATIENCE).until(d -> "false".equals(d.findElement(By.id("coverage-summary")).getAttribute("data-covered")));
        assertThat(browser.driver.findElement(By.id("duty-notice")).getText())
                .isEqualTo("Shift removed: night.lv as primary, " + label(wednesdayNight) + " – " + label(thursdayMorning) + ".");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("the notice has the focus").isEqualTo("duty-notice");
        assertThat(browser.driver.findElements(By.cssSelector(nightShift))).isEmpty();
        WebElement gap = onlyGap();
        assertThat(gap.getAttribute("data-role")).isEqualTo("PRIMARY");
        assertThat(gap.getAttribute("data-start-local")).isEqualTo(MINUTE.format(wednesdayNight));
        assertThat(gap.getAttribute("data-end-local")).isEqualTo(MINUTE.format(thursdayMorning));
        assertThat(gap.getText()).startsWith(label(wednesdayNight) + " – " + label(thursdayMorning) + ": no primary on duty (12 h)");
        assertThat(summary().getText()).contains("1 gap in " + week).contains("no primary for 12 h").contains("no backup for 0 min");
        assertThat(hoursIn("primary")).as("the grid, hour by hour")
                .containsExactlyElementsOf(hours(wednesdayNight, 12));
        assertThat(hoursIn("nobody")).as("the backup stays on duty").isEmpty();
        JsonNode open = coverage(ncp, week);
        assertThat(open.get("covered").asBoolean()).isFalse();
        assertThat(open.get("primaryGapMinutes").asLong()).isEqualTo(720);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('coverage-heading').scrollIntoView()");
        browser.screenshot("duty-roster-gap");

        // Cover it: the form opens on the gap, with the focus on the person to choose.
        gap.findElement(By.cssSelector("button.cover-gap")).click();
        WebElement form = browser.waitFor(By.id("shift-form"));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("shift-person");
        assertThat(chosen(form, "role")).isEqualTo("PRIMARY");
        assertThat(chosen(form, "startDay") + "T" + chosen(form, "startTime")).isEqualTo(MINUTE.format(wednesdayNight));
        assertThat(chosen(form, "endDay") + "T" + chosen(form, "endTime")).isEqualTo(MINUTE.format(thursdayMorning));

        // Nobody chosen: the service's 422 beside the person.
        form.findElement(By.cssSelector("button[type='submit']")).click();
        By personError = By.cssSelector("#shift-form [data-field='person'] .field-error");
        browser.waiting(PATIENCE).until(d -> !d.findElement(personError).getText().isBlank());
        assertThat(browser.driver.findElement(personError).getText()).isEqualTo("must name a person of the country");
        assertThat(form.findElement(By.id("shift-person")).getAttribute("aria-invalid")).isEqualTo("true");

        // The NCP, backup round the clock, cannot be primary as well: the service's 409 beside the form.
        new Select(form.findElement(By.name("person"))).selectByValue("ncp.lv");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        By formMessage = By.cssSelector("#shift-form .form-message");
        browser.waiting(PATIENCE).until(d -> !d.findElement(formMessage).getText().isBlank());
        assertThat(browser.driver.findElement(formMessage).getText()).contains("(409)").contains("ncp.lv would be on duty twice at once");
        assertThat(browser.driver.findElement(personError).getText()).isEmpty();
        assertThat(coverage(ncp, week).get("primaryGapMinutes").asLong()).as("nothing stored").isEqualTo(720);

        // night.lv until 06:00: the gap shrinks to two hours.
        new Select(form.findElement(By.name("person"))).selectByValue("night.lv");
        new Select(form.findElement(By.name("endTime"))).selectByValue("06:00");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        LocalDateTime early = thursdayMorning.minusHours(2);
        browser.waiting(PATIENCE).until(d -> d.findElement(By.id("duty-notice")).getText().startsWith("Shift added"));
        assertThat(browser.driver.findElement(By.id("duty-notice")).getText())
                .isEqualTo("Shift added: night.lv as primary, " + label(wednesdayNight) + " – " + label(early) + ".");
        assertThat(onlyGap().getText()).startsWith(label(early) + "–08:00: no primary on duty (2 h)");
        assertThat(hoursIn("primary")).containsExactlyElementsOf(hours(early, 2));

        // Change the new shift to end at 08:00: covered again, as it was.
        WebElement added = browser.waitFor(By.cssSelector(nightShift));
        assertThat(added.getAttribute("data-end-local")).isEqualTo(MINUTE.format(early));
        added.findElement(By.cssSelector("button.change-shift")).click();
        WebElement change = browser.waitFor(By.id("shift-form"));
        assertThat(change.findElement(By.tagName("h3")).getText()).isEqualTo("Change night.lv's shift");
        assertThat(chosen(change, "person")).isEqualTo("night.lv");
        new Select(change.findElement(By.name("endTime"))).selectByValue("08:00");
        change.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting(PATIENCE).until(d -> "true".equals(d.findElement(By.id("coverage-summary")).getAttribute("data-covered")));
        assertThat(browser.driver.findElement(By.id("duty-notice")).getText())
                .isEqualTo("Shift changed: night.lv as primary, " + label(wednesdayNight) + " – " + label(thursdayMorning) + ".");
        assertThat(browser.driver.findElements(By.id("coverage-gaps"))).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(nightShift)).getAttribute("data-end-local")).isEqualTo(MINUTE.format(thursdayMorning));

        assertThat(coverage(ncp, week).get("covered").asBoolean()).isTrue();
        Instant from = wednesdayNight.atZone(RIGA).toInstant();
        JsonNode shifts = api.get(federation.contactPoints.url("/api/v1/countries/LV/roster?from=" + from + "&to=" + from.plusSeconds(60)), ncp)
                .body().get("shifts");
        assertThat(shifts.findValuesAsText("person")).as("one night shift, the one the page wrote").containsOnlyOnce("night.lv");
        JsonNode stored = shifts.get(shifts.findValuesAsText("person").indexOf("night.lv"));
        assertThat(Instant.parse(stored.get("start").asText())).isEqualTo(from);
        assertThat(Instant.parse(stored.get("end").asText())).isEqualTo(thursdayMorning.atZone(RIGA).toInstant());
        assertThat(stored.get("role").asText()).isEqualTo("PRIMARY");
    }

    @Test
    void shouldLetNcpLvHandOverAShiftThatDutyLvReadsAtTheTopOfThePagedLog() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ncp = api.login(federation.contactPoints, "ncp.lv");
        for (int i = 1; i <= 10; i++) {
            Api.Reply earlier = api.post(federation.contactPoints.url("/api/v1/countries/LV/handovers"), ncp,
                    "{\"notes\": \"Routine handover " + i + " " + tag + "\", \"to\": \"night.lv\"}");
            assertThat(earlier.status()).as(earlier.toString()).isEqualTo(201);
        }

        browser.logIn("ncp.lv");
        browser.go("#/duty/LV");
        WebElement form = browser.waitFor(By.id("handover-form"));
        form.findElement(By.cssSelector("button[type='submit']")).click();
        By notesError = By.cssSelector("#handover-form [data-field='notes'] .field-error");
        browser.waiting(PATIENCE).until(d -> !d.findElement(notesError).getText().isBlank());
        assertThat(browser.driver.findElement(notesError).getText()).isEqualTo("must say what the incoming officer needs to know");

        String notes = "LV-2026 DDoS on the energy regulator " + tag + " still open; the ISP calls back at 07:30.\nWatch the 06:00 report.";
        new Select(form.findElement(By.name("to"))).selectByValue("duty.lv");
        form.findElement(By.name("notes")).sendKeys(notes);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting(PATIENCE).until(d -> !d.findElements(By.id("duty-notice")).isEmpty());
        assertThat(browser.driver.findElement(By.id("duty-notice")).getText()).startsWith("Handover to ").endsWith("(duty.lv) recorded.");
        WebElement written = firstHandover();
        assertThat(written.getAttribute("data-from")).isEqualTo("ncp.lv");
        assertThat(written.getAttribute("data-to")).isEqualTo("duty.lv");
        assertThat(written.findElement(By.cssSelector(".notes")).getText()).isEqualTo(notes);
        assertThat(written.findElements(By.cssSelector(".for-you"))).as("it is not to ncp.lv").isEmpty();

        // The next officer reads it on top, marked for them; the ten before are a page further.
        browser.logIn("duty.lv");
        browser.go("#/duty");
        browser.waitFor(By.id("own-roster")).click();
        browser.waitFor(By.id("handover-log"));
        WebElement read = firstHandover();
        assertThat(read.findElement(By.cssSelector(".notes")).getText()).isEqualTo(notes);
        assertThat(read.findElement(By.cssSelector(".handover-head")).getText()).contains("(ncp.lv) → ").contains("(duty.lv)").contains("to you")
                .endsWith("LV time");
        assertThat(browser.driver.findElement(By.id("handover-form")).isDisplayed()).as("duty.lv hands over in turn").isTrue();
        WebElement pages = browser.driver.findElement(By.cssSelector("nav.pager[aria-label='Pages of handovers']"));
        assertThat(pages.getText()).containsPattern("Handovers 1–10 of \\d+");
        assertThat(browser.driver.findElements(By.cssSelector("#handover-log li"))).hasSize(10)
                .extracting(li -> li.findElement(By.cssSelector(".notes")).getText())
                .contains("Routine handover 2 " + tag).doesNotContain("Routine handover 1 " + tag);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('handovers-heading').scrollIntoView()");
        browser.screenshot("duty-handovers");
        pages.findElement(By.cssSelector("button.older")).click();
        browser.waiting(PATIENCE).until(d -> d.findElement(By.cssSelector("nav.pager[aria-label='Pages of handovers']")).getText().contains("11–"));
        assertThat(firstHandover().findElement(By.cssSelector(".notes")).getText()).isEqualTo("Routine handover 1 " + tag);
    }

    @Test
    void shouldShowLithuaniaLatviasRosterAndGapsButOfferNoEditAndRefuseItTheHandoverLog() {
        String secret = "Latvian internal note " + UUID.randomUUID();
        String ncpLv = api.login(federation.contactPoints, "ncp.lv");
        assertThat(api.post(federation.contactPoints.url("/api/v1/countries/LV/handovers"), ncpLv, "{\"notes\": \"" + secret + "\"}").status())
                .isEqualTo(201);

        browser.logIn("ncp.lt");
        browser.go("#/duty");
        assertThat(browser.waitFor(By.id("own-roster")).getAttribute("href")).endsWith("#/duty/LT");
        browser.go("#/duty/LV");
        browser.waiting(PATIENCE).until(d -> d.findElement(By.tagName("h1")).getText().endsWith("(LV)"));
        browser.waitFor(By.id("handovers-heading"));
        assertThat(browser.driver.findElements(By.cssSelector("#shift-table tbody tr"))).as("the roster is read by every country").isNotEmpty();
        assertThat(summary().getText()).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector("#week-grid tbody tr"))).hasSize(7);
        assertThat(browser.driver.findElement(By.id("on-duty-primary")).getText()).isNotBlank();
        for (String offer : List.of("#open-add-shift", "#shift-editor", "button.change-shift", "button.remove-shift", "button.cover-gap",
                "#handover-form", "#handover-log")) {
            assertThat(browser.driver.findElements(By.cssSelector(offer))).as(offer + " for ncp.lt on LV's page").isEmpty();
        }
        WebElement refusal = browser.driver.findElement(By.id("handover-problem"));
        assertThat(refusal.getText()).contains("kept for its own people, the coordinators and the auditors").contains("(403)");
        assertThat(browser.driver.getPageSource()).doesNotContain(secret);

        // The service decides, not the page: it refuses Lithuania's edit and read alike.
        String ncpLt = api.login(federation.contactPoints, "ncp.lt");
        Instant someday = LocalDate.now(RIGA).plusYears(1).atStartOfDay(RIGA).toInstant();
        Api.Reply edit = api.put(federation.console.url("/api/v1/countries/LV/roster"), ncpLt,
                "{\"from\": \"" + someday + "\", \"to\": \"" + someday.plusSeconds(60) + "\", \"shifts\": []}");
        assertThat(edit.status()).as(edit.toString()).isEqualTo(403);
        assertThat(api.get(federation.console.url("/api/v1/countries/LV/handovers"), ncpLt).status()).isEqualTo(403);

        // Its own country's page offers it all.
        browser.go("#/duty/LT");
        browser.waiting(PATIENCE).until(d -> d.findElement(By.tagName("h1")).getText().endsWith("(LT)"));
        assertThat(browser.waitFor(By.id("open-add-shift")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("handover-form")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("button.remove-shift"))).isNotEmpty();
    }

    private WebElement summary() {
        return browser.waitFor(By.id("coverage-summary"));
    }

    private WebElement onlyGap() {
        browser.waitFor(By.id("coverage-gaps"));
        List<WebElement> gaps = browser.driver.findElements(By.cssSelector("#coverage-gaps > li"));
        assertThat(gaps).hasSize(1);
        return gaps.get(0);
    }

    private WebElement firstHandover() {
        return browser.waitFor(By.cssSelector("#handover-log > li:first-child"));
    }

    /** The grid's hours in this state, as "2026-04-08T20" (the country's date and hour). */
    private List<String> hoursIn(String state) {
        return browser.driver.findElements(By.cssSelector("#week-grid td[data-state='" + state + "']")).stream()
                .map(td -> td.findElement(By.xpath("..")).getAttribute("data-date") + "T" + td.getAttribute("data-hour")).toList();
    }

    private static List<String> hours(LocalDateTime from, int count) {
        return IntStream.range(0, count).mapToObj(i -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").format(from.plusHours(i))).toList();
    }

    private static String chosen(WebElement form, String name) {
        return new Select(form.findElement(By.name(name))).getFirstSelectedOption().getAttribute("value");
    }

    private JsonNode coverage(String token, String week) {
        Api.Reply reply = api.get(federation.contactPoints.url("/api/v1/countries/LV/coverage?week=" + week), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    /** "Wed 8 Apr 20:00", as the page writes a moment of the country's clock. */
    private static String label(LocalDateTime at) {
        return DAY.format(at) + " " + at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String isoWeek(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}

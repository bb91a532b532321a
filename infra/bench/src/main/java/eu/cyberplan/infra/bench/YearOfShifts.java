package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A year of a country's rota as {@code PUT /countries/{cc}/roster} takes it: a day officer 08:00–20:00 and a night
 * officer 20:00–08:00 as primary, the NCP as backup around the clock, in the country's local time.
 */
final class YearOfShifts {

    private YearOfShifts() {
    }

    /**
     * The year as four quarterly bodies: a PUT takes at most 500 shifts (so roster.changed stays far below the 256 KiB
     * event limit), and a quarter of this rota is about 276.
     */
    static List<String> quarters(ObjectMapper json, String country, int year, ZoneId zone) {
        List<String> bodies = new ArrayList<>();
        for (int month = 1; month <= 12; month += 3) {
            LocalDate first = LocalDate.of(year, month, 1);
            bodies.add(body(json, country, first, first.plusMonths(3), zone));
        }
        return bodies;
    }

    static String body(ObjectMapper json, String country, LocalDate first, LocalDate end, ZoneId zone) {
        String cc = country.toLowerCase();
        ObjectNode body = json.createObjectNode();
        body.put("from", first.atStartOfDay(zone).toInstant().toString());
        body.put("to", end.atStartOfDay(zone).toInstant().toString());
        ArrayNode shifts = body.putArray("shifts");
        shift(shifts, "night." + cc, "PRIMARY", first, 0, first, 8, zone);
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            shift(shifts, "duty." + cc, "PRIMARY", day, 8, day, 20, zone);
            if (day.plusDays(1).isBefore(end)) {
                shift(shifts, "night." + cc, "PRIMARY", day, 20, day.plusDays(1), 8, zone);
            } else {
                shift(shifts, "night." + cc, "PRIMARY", day, 20, day.plusDays(1), 0, zone);
            }
            shift(shifts, "ncp." + cc, "BACKUP", day, 0, day.plusDays(1), 0, zone);
        }
        return body.toString();
    }

    private static void shift(ArrayNode shifts, String person, String role, LocalDate startDay, int startHour, LocalDate endDay, int endHour,
                              ZoneId zone) {
        shifts.addObject()
                .put("person", person)
                .put("role", role)
                .put("start", startDay.atTime(LocalTime.of(startHour, 0)).atZone(zone).toInstant().toString())
                .put("end", endDay.atTime(LocalTime.of(endHour, 0)).atZone(zone).toInstant().toString());
    }
}

package eu.cyberplan.contactpoints.demo;

import eu.cyberplan.contactpoints.roster.RosterUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo federation's rota, drawn in the country's local time: a day officer 08:00–20:00, a night officer
 * 20:00–08:00, and the NCP as backup around the clock, so DST weeks are covered as a real rota would be.
 */
final class DemoRota {

    private DemoRota() {
    }

    /**
     * The rota of the weeks from {@code monday}; {@code openNight} adds the night shift up to the first Monday 08:00,
     * which a rota seeded before already holds from its last Sunday.
     */
    static RosterUpdate weeks(String cc, LocalDate monday, int weeks, ZoneId zone, boolean openNight) {
        List<RosterUpdate.ShiftInput> shifts = new ArrayList<>();
        for (int day = 0; day < weeks * 7; day++) {
            LocalDate date = monday.plusDays(day);
            shifts.add(new RosterUpdate.ShiftInput("duty." + cc, "PRIMARY", at(date, 8, zone), at(date, 20, zone)));
            shifts.add(new RosterUpdate.ShiftInput("night." + cc, "PRIMARY", at(date, 20, zone), at(date.plusDays(1), 8, zone)));
            shifts.add(new RosterUpdate.ShiftInput("ncp." + cc, "BACKUP", at(date, 0, zone), at(date.plusDays(1), 0, zone)));
        }
        if (openNight) {
            shifts.add(new RosterUpdate.ShiftInput("night." + cc, "PRIMARY", at(monday, 0, zone), at(monday, 8, zone)));
        }
        return new RosterUpdate(at(monday, 0, zone), at(monday.plusDays(weeks * 7L), 0, zone), shifts);
    }

    private static Instant at(LocalDate date, int hour, ZoneId zone) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}

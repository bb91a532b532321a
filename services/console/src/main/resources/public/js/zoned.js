// Wall-clock time in a country's time zone (a roster is drawn in the country's time, whatever the browser's), without a
// library: Intl knows every zone's offsets, so an instant is read as a country's date and time and back.

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formats = new Map();

function format(zone) {
  if (!formats.has(zone)) {
    formats.set(zone, new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
      day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  }
  return formats.get(zone);
}

/** The country's date ({@code 2026-04-08}) and time ({@code 20:00}) at this instant. */
export function wallClock(instant, zone) {
  const p = Object.fromEntries(format(zone).formatToParts(new Date(instant)).map(x => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, hour: Number(p.hour),
    asUtc: Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) };
}

const offsetAt = (ms, zone) => wallClock(ms, zone).asUtc - Math.floor(ms / 1000) * 1000;

/** The instant at which the country's clocks show this date and time (an hour skipped in spring lands an hour later). */
export function zonedInstant(date, time, zone) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const guess = wall - offsetAt(wall, zone);
  return new Date(wall - offsetAt(guess, zone));
}

/** The date and time parts of an OffsetDateTime the API wrote in the country's time ({@code 2026-04-08T20:00:00+03:00}). */
export const localParts = offsetDateTime => ({ date: String(offsetDateTime).slice(0, 10), time: String(offsetDateTime).slice(11, 16) });

/** "Wed 8 Apr" for {@code 2026-04-08}: the same words in every browser. */
export function dayLabel(date) {
  const [y, m, d] = date.split('-').map(Number);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]}`;
}

/** The date {@code days} after {@code date} (both {@code YYYY-MM-DD}). */
export function plusDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The ISO week ({@code 2026-W15}) of a calendar date ({@code YYYY-MM-DD}). */
export function isoWeekOf(date) {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return `${day.getUTCFullYear()}-W${String(Math.ceil(((day - yearStart) / 86400000 + 1) / 7)).padStart(2, '0')}`;
}

/** "Wed 8 Apr 20:00 – Thu 9 Apr 08:00", or "Thu 9 Apr 06:00–08:00" within one day, in the country's time. */
export function span(startLocal, endLocal) {
  const from = localParts(startLocal);
  const to = localParts(endLocal);
  return from.date === to.date ? `${dayLabel(from.date)} ${from.time}–${to.time}` : `${dayLabel(from.date)} ${from.time} – ${dayLabel(to.date)} ${to.time}`;
}

/** "12 h", "2 h 30 min", "45 min". */
export function hoursAndMinutes(minutes) {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
}

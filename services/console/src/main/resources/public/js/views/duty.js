// 24/7: who is on duty now in every country (their local time), this week's coverage gaps, node liveness, comchecks;
// and each country's page (#/duty/LV, #/duty/LV/2026-W15): its week on the roster, edited there by its keepers, the
// coverage gaps in words and hour by hour, and the shift handover log.
import { get, session } from '../api.js';
import { h, render, when, duration } from '../dom.js';
import { countries } from '../reference.js';
import { localParts, dayLabel, plusDays, isoWeekOf } from '../zoned.js';
import { coverageSection, shiftsSection } from './roster-editor.js';
import { handoverSection } from './handovers.js';

const localTime = (zone, at = new Date()) => {
  try { return at.toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }); } catch (e) { return '—'; }
};

const officer = o => o ? h('span', {}, h('strong', {}, o.name || o.person), ` until ${localTimeOf(o.shiftEndLocal)}`) : h('span', { class: 'error' }, 'nobody');
const localTimeOf = offsetDateTime => offsetDateTime ? String(offsetDateTime).slice(11, 16) : '—';

function lastSeen(at) {
  if (!at) return h('span', { class: 'error' }, 'never');
  const ago = Date.now() - new Date(at).getTime();
  return h('span', { class: ago > 60000 ? 'error' : 'state-ON_TIME', title: when(at) }, ago < 5000 ? 'just now' : `${duration(ago)} ago`);
}

async function settled(promise) {
  try { return await promise; } catch (e) { return null; }
}

export async function dutyView() {
  const week = isoWeekOf(new Date().toISOString().slice(0, 10));
  const all = await countries();
  const fresh = await get('/api/v1/countries?size=500').then(p => p.items || p);
  const [onDuty, coverage, stats] = await Promise.all([
    Promise.all(fresh.map(c => settled(get(`/api/v1/countries/${c.code}/on-duty`)))),
    Promise.all(fresh.map(c => settled(get(`/api/v1/countries/${c.code}/coverage?week=${week}`)))),
    session.has('COORDINATOR', 'AUDITOR') ? settled(get('/api/v1/comchecks/statistics?last=10')) : Promise.resolve(null)]);
  const byCountry = new Map(((stats && stats.items) || []).map(i => [i.country, i]));
  const rows = fresh.map((c, i) => {
    const cov = coverage[i];
    const stat = byCountry.get(c.code);
    const zone = (c.timeZones || [])[0];
    return h('tr', { dataset: { country: c.code } },
      h('th', { scope: 'row' }, h('a', { href: `#/duty/${c.code}`, title: `${c.name}: the roster, its gaps and handovers` }, c.code),
        h('div', { class: 'muted' }, c.name, c.member ? '' : ' (observer)')),
      h('td', {}, localTime(zone), h('div', { class: 'muted' }, zone || '')),
      h('td', {}, onDuty[i] ? officer(onDuty[i].primary) : '—'),
      h('td', {}, onDuty[i] ? officer(onDuty[i].backup) : '—'),
      h('td', {}, cov ? (cov.covered ? h('span', { class: 'state-ON_TIME' }, '24/7 covered')
        : h('span', { class: 'error' }, `${cov.gaps.length} gap(s): primary ${Math.round(cov.primaryGapMinutes / 60)} h, backup ${Math.round(cov.backupGapMinutes / 60)} h`)) : '—'),
      h('td', {}, lastSeen(c.nodeLastSeenAt)),
      h('td', {}, stat ? `${Math.round(stat.answerRate * 100)} % answered (${stat.answered}/${stat.asked}), median ${stat.medianResponseSeconds == null ? '—' : duration(stat.medianResponseSeconds * 1000)}` : '—'));
  });
  void all;
  const me = session.get();
  const own = fresh.find(c => c.code === countryCode(me.country));
  return { node: h('section', {}, h('h1', {}, '24/7 duty'),
    own ? h('p', {}, h('a', { href: `#/duty/${own.code}`, id: 'own-roster' }, `${own.name}: the roster, its gaps and the shift handovers →`)) : '',
    h('p', { class: 'muted' }, `On duty now, in each country's local time; coverage of ${week}; node heartbeats; the last 10 comchecks.`,
      ' A country\'s code opens its roster.'),
    h('div', { style: 'overflow-x:auto' }, h('table', { id: 'duty-table' },
      h('thead', {}, h('tr', {}, ['Country', 'Local time', 'Primary', 'Backup', `Coverage ${week}`, 'Node last seen', 'Comchecks'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows)))) };
}

/** Greece signs in as EL or GR; the service stores GR. */
const countryCode = c => (c === 'EL' ? 'GR' : c);
const mine = code => countryCode(session.get().country) === code;

/** Who keeps a roster (RosterController, CountryScope.requireKeeper): its own NCP, duty officers, plan owner, or a coordinator. */
const keeps = code => session.has('COORDINATOR') || (mine(code) && session.has('NCP', 'DUTY_OFFICER', 'PLAN_OWNER'));
/** Who writes a handover: the country's own NCP and duty officers. */
const handsOver = code => mine(code) && session.has('NCP', 'DUTY_OFFICER');

/** A country's week: who is on duty now, the coverage gaps, the shifts (editable by its keepers), the handovers. */
export async function dutyRosterView(cc, weekName, notice) {
  const coverage = await get(`/api/v1/countries/${cc}/coverage${weekName ? `?week=${encodeURIComponent(weekName)}` : ''}`);
  const code = coverage.country;
  const zone = coverage.timeZone;
  const [country, roster, now, people] = await Promise.all([
    get(`/api/v1/countries/${code}`),
    get(`/api/v1/countries/${code}/roster?from=${encodeURIComponent(coverage.start)}&to=${encodeURIComponent(coverage.end)}`),
    settled(get(`/api/v1/countries/${code}/on-duty`)),
    get(`/api/v1/countries/${code}/people`).then(p => p.items || p)]);
  const reload = async done => {
    const hash = location.hash;
    const fresh = await dutyRosterView(cc, coverage.week, done);
    if (location.hash !== hash) return; // the person has moved on meanwhile
    render(document.getElementById('view'), fresh.node);
    const shown = document.getElementById('duty-notice');
    if (shown) shown.focus();
  };
  const ctx = { cc: code, zone, coverage, people, mayEdit: keeps(code), reload };
  const shifts = shiftsSection(roster, ctx);
  const monday = localParts(coverage.startLocal).date;
  const previous = isoWeekOf(plusDays(monday, -7));
  const next = isoWeekOf(plusDays(monday, 7));
  return { node: h('section', { id: 'duty-roster', dataset: { country: code, week: coverage.week } },
    h('h1', {}, `24/7 duty roster: ${country.name} (${code})`),
    notice ? h('p', { class: 'ok', role: 'status', id: 'duty-notice', tabindex: '-1' }, notice) : '',
    h('p', { class: 'muted' }, `Every time on this page is ${code} time (${zone}). `, h('a', { href: '#/duty' }, '← Every country'),
      keeps(code) ? [' · ', h('a', { href: `#/notifications/${code}`, id: 'notifications-link' }, `Notification channels and log of ${code} →`)] : ''),
    onDutyNow(now, code),
    h('nav', { class: 'toolbar week-nav', 'aria-label': 'Weeks of the roster' },
      h('a', { class: 'button', id: 'previous-week', href: `#/duty/${code}/${previous}` }, `← ${previous}`),
      h('strong', { id: 'roster-week' }, `${coverage.week}: ${dayLabel(monday)} – ${dayLabel(plusDays(monday, 6))}`),
      h('a', { class: 'button', id: 'next-week', href: `#/duty/${code}/${next}` }, `${next} →`),
      h('a', { href: `#/duty/${code}`, id: 'this-week' }, 'This week')),
    coverageSection(coverage, zone, shifts.cover),
    shifts.section,
    await handoverSection(ctx, handsOver(code))) };
}

function onDutyNow(now, code) {
  if (!now) return h('p', { class: 'error', id: 'on-duty-now' }, 'Who is on duty now could not be read.');
  return h('div', { class: 'card', id: 'on-duty-now' }, h('h2', {}, `On duty now (${localTimeOf(now.atLocal)} ${code} time)`),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Primary'), h('dd', { id: 'on-duty-primary' }, officer(now.primary)),
      h('dt', {}, 'Backup'), h('dd', { id: 'on-duty-backup' }, officer(now.backup))));
}

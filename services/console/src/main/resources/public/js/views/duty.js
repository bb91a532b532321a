// 24/7: who is on duty now in every country (their local time), this week's coverage gaps, node liveness, comchecks.
import { get, session } from '../api.js';
import { h, render, when, duration } from '../dom.js';
import { countries } from '../reference.js';

function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

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
  const week = isoWeek(new Date());
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
      h('th', { scope: 'row' }, c.code, h('div', { class: 'muted' }, c.name, c.member ? '' : ' (observer)')),
      h('td', {}, localTime(zone), h('div', { class: 'muted' }, zone || '')),
      h('td', {}, onDuty[i] ? officer(onDuty[i].primary) : '—'),
      h('td', {}, onDuty[i] ? officer(onDuty[i].backup) : '—'),
      h('td', {}, cov ? (cov.covered ? h('span', { class: 'state-ON_TIME' }, '24/7 covered')
        : h('span', { class: 'error' }, `${cov.gaps.length} gap(s): primary ${Math.round(cov.primaryGapMinutes / 60)} h, backup ${Math.round(cov.backupGapMinutes / 60)} h`)) : '—'),
      h('td', {}, lastSeen(c.nodeLastSeenAt)),
      h('td', {}, stat ? `${Math.round(stat.answerRate * 100)} % answered (${stat.answered}/${stat.asked}), median ${stat.medianResponseSeconds == null ? '—' : duration(stat.medianResponseSeconds * 1000)}` : '—'));
  });
  void all;
  return { node: h('section', {}, h('h1', {}, '24/7 duty'),
    h('p', { class: 'muted' }, `On duty now, in each country's local time; coverage of ${week}; node heartbeats; the last 10 comchecks.`),
    h('div', { style: 'overflow-x:auto' }, h('table', { id: 'duty-table' },
      h('thead', {}, h('tr', {}, ['Country', 'Local time', 'Primary', 'Backup', `Coverage ${week}`, 'Node last seen', 'Comchecks'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows)))) };
}

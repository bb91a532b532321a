// The case board: open cases by urgency, countries coloured by receipt state, counts, sitreps, assistance, the level.
import { get, post, session } from '../api.js';
import { h, render, titled, severityBadge, tlpBadge, exerciseBadge, when, errorBox, field } from '../dom.js';
import { countries } from '../reference.js';
import { watchCases } from '../push.js';

const LEVELS = ['TECHNICAL', 'OPERATIONAL', 'POLITICAL'];
const STATES = ['REPORTER', 'DISPATCHED', 'DELIVERED', 'ACKNOWLEDGED', 'OVERDUE', 'ESCALATED'];
const TYPING_RETRY_MS = 3000;

function legend() {
  return h('div', { class: 'legend', 'aria-label': 'Colours' }, h('span', { class: 'cell' }, 'not alerted'),
    STATES.map(s => h('span', { class: `cell ${s}` }, s.toLowerCase())));
}

/** One cell per member (and every other alerted country), coloured by the state of its original alert. */
function countryGrid(c, members) {
  const alerts = new Map(c.alerts.filter(a => a.kind === 'ALERT').map(a => [a.country, a]));
  const codes = [...new Set([...members.filter(m => m.member).map(m => m.code), ...alerts.keys()])].sort();
  return h('div', { class: 'grid', role: 'list', 'aria-label': 'Receipts by country' }, codes.map(code => {
    const a = alerts.get(code);
    const state = code === c.reporterCountry ? 'REPORTER' : a ? a.status : '';
    const label = state ? state.toLowerCase() : 'not alerted';
    return h('div', { class: `cell ${state}`, role: 'listitem', dataset: { country: code, state: state || 'NONE' }, title: `${code}: ${label}` },
      code, h('small', {}, label));
  }));
}

function countsLine(c) {
  const k = c.counts;
  return h('p', { class: 'counts', dataset: { acknowledged: k.acknowledged, recipients: k.recipients } },
    `delivered ${k.delivered}/${k.recipients}, acknowledged ${k.acknowledged}/${k.recipients}`,
    k.overdue ? h('strong', { class: 'error' }, `, overdue: ${(k.overdueCountries || []).join(', ')}`) : '');
}

function caseCard(c, members) {
  return h('article', { class: 'card case', dataset: { incidentId: c.incidentId } },
    h('h2', {}, exerciseBadge(c.mode), ' ', h('a', { href: `#/cases/${c.incidentId}` }, c.reference), ' — ', titled(c)),
    h('p', {}, 'Level ', h('span', { class: `level level-${c.level}` }, c.level), ' ', severityBadge(c.severity), ' ', tlpBadge(c.tlp),
      ` · from ${c.reporterCountry} · opened ${when(c.openedAt)}`),
    countsLine(c), countryGrid(c, members));
}

export async function casesView(mode) {
  const members = await countries();
  const board = h('div', { class: 'cases', id: 'case-board' });
  const problem = h('div');
  const load = async () => {
    try {
      const page = await get(`/api/v1/cases?mode=${mode}&status=OPEN&size=100`);
      render(board, page.items.length ? page.items.map(c => caseCard(c, members)) : h('p', { class: 'muted' }, 'No open cases.'));
      problem.replaceChildren();
    } catch (e) { render(problem, errorBox(e)); }
  };
  await load();
  if (mode === 'EXERCISE') document.getElementById('exercise-banner').hidden = false;
  let first = true; // just loaded: the first call (at once) has nothing new to show
  const unwatch = watchCases(mode, () => (first ? (first = false, Promise.resolve()) : load()));
  return { node: h('section', {},
    h('h1', {}, mode === 'EXERCISE' ? 'Exercise cases' : 'Open cases'),
    h('div', { class: 'toolbar tabs' },
      h('button', { type: 'button', 'aria-pressed': String(mode === 'REAL'), onclick: () => { location.hash = '#/cases'; } }, 'Real'),
      h('button', { type: 'button', 'aria-pressed': String(mode === 'EXERCISE'), onclick: () => { location.hash = '#/cases/exercise'; } }, 'Exercise'),
      h('span', { class: 'muted' }, session.has('COORDINATOR', 'AUDITOR') ? 'Every open case, most urgent first' : `Cases ${session.get().country} takes part in`)),
    legend(), problem, board), stop: unwatch };
}

function levelForm(c, reload) {
  const message = h('div');
  const form = h('form', { class: 'card', id: 'level-form' }, h('h2', {}, 'Change the crisis level'),
    field('Level', h('select', { name: 'level' }, LEVELS.map(l => h('option', { value: l, selected: l === c.level }, l)))),
    field('Reason (required to lower)', h('input', { name: 'reason' })),
    h('p', {}, h('button', { type: 'submit' }, 'Set level')), message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await post(`/api/v1/cases/${c.incidentId}/level`, { level: form.elements.level.value, reason: form.elements.reason.value || null });
      await reload();
    } catch (err) { render(message, errorBox(err)); }
  });
  return form;
}

function sitrepsBlock(reports) {
  return h('div', { class: 'card', id: 'sitreps' }, h('h2', {}, 'Situation reports'),
    reports.length ? h('ol', {}, reports.map(r => h('li', {},
      h('strong', {}, `#${r.version} · impact ${r.impactSeverity}, outlook ${r.impactOutlook}`), ` · ${r.publishedBy} · ${when(r.publishedAt)}`,
      h('div', {}, r.text || ''), h('div', { class: 'muted' }, 'sectors: ', (r.sectors || []).join(', ') || '—', ' · root cause: ', r.rootCause || '—'))))
      : h('p', { class: 'muted' }, 'None yet.'));
}

function assistanceBlock(requests) {
  return h('div', { class: 'card', id: 'assistance' }, h('h2', {}, 'Assistance'),
    requests.length ? h('ul', {}, requests.map(r => h('li', {},
      h('strong', {}, `${r.country} asks for ${r.kind}`), `: ${r.needs || ''} (${r.status})`,
      h('ul', {}, (r.offers || []).map(o => h('li', {}, `${o.country} offers ${o.capability || ''} — ${o.decision || 'awaiting decision'}`))))))
      : h('p', { class: 'muted' }, 'No requests.'));
}

export async function caseView(id) {
  const members = await countries();
  const holder = h('div');
  let mode = 'REAL';
  const load = async () => {
    const [c, reports, requests] = await Promise.all([get(`/api/v1/cases/${id}`),
      get(`/api/v1/cases/${id}/situation-reports`).catch(() => []), get(`/api/v1/cases/${id}/assistance-requests`).catch(() => [])]);
    mode = c.mode;
    if (c.mode === 'EXERCISE') document.getElementById('exercise-banner').hidden = false;
    render(holder,
      h('h1', {}, exerciseBadge(c.mode), ' ', c.reference, ' — ', titled(c)),
      h('div', { class: 'card' },
        h('p', {}, 'Level ', h('span', { class: `level level-${c.level}`, id: 'case-level' }, c.level), ' ', severityBadge(c.severity), ' ', tlpBadge(c.tlp),
          ` · ${c.status} · plan v${c.planVersion} · from ${c.reporterCountry}`, ' · ', h('a', { href: `#/incidents/${id}` }, 'incident')),
        countsLine(c), legend(), countryGrid(c, members)),
      h('table', { id: 'case-alerts' }, h('thead', {}, h('tr', {}, ['Country', 'Kind', 'Status', 'Dispatched', 'Delivered', 'Acknowledged', 'Deadline'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, c.alerts.map(a => h('tr', { dataset: { country: a.country } }, h('td', {}, a.country), h('td', {}, a.kind), h('td', {}, a.status),
          h('td', {}, when(a.dispatchedAt)), h('td', {}, when(a.deliveredAt)),
          h('td', {}, a.acknowledgedAt ? `${when(a.acknowledgedAt)} by ${a.acknowledgedBy}` : '—'), h('td', {}, when(a.ackDeadline)))))),
      h('h2', {}, 'Level history'),
      h('ol', {}, (c.levelHistory || []).map(l => h('li', {}, `${l.level || l.to} · ${when(l.changedAt || l.at)} · ${l.changedBy || l.by || ''} ${l.reason ? '— ' + l.reason : ''}`))),
      (c.checklists || []).length ? h('div', { class: 'card', id: 'case-checklists' }, h('h2', {}, 'Containment and repair by country'),
        h('ul', {}, c.checklists.map(k => h('li', {}, h('strong', {}, k.country), ` containment ${k.containment}, repair ${k.repair}`,
          k.overdueSteps ? h('span', { class: 'error' }, ` · ${k.overdueSteps} overdue`) : '')))) : '',
      sitrepsBlock(reports), assistanceBlock(requests),
      session.has('COORDINATOR') && c.status === 'OPEN' ? levelForm(c, load) : '');
  };
  try {
    await load();
  } catch (e) {
    if (e.status === 403 || e.status === 404) return { node: h('p', { class: 'error', role: 'alert', id: 'not-permitted' }, e.message) };
    throw e;
  }
  // Pushed (GET /cases/changes); never while the person types in the level form, which a reload would wipe.
  let later = null;
  const refresh = async () => {
    clearTimeout(later);
    if (holder.contains(document.activeElement) && document.activeElement.matches('input, select, textarea')) {
      later = setTimeout(refresh, TYPING_RETRY_MS);
      return;
    }
    try { await load(); } catch (e) { /* keep the last view */ }
  };
  let first = true;
  const unwatch = watchCases(mode, () => (first ? (first = false, Promise.resolve()) : refresh()));
  return { node: holder, stop: () => { unwatch(); clearTimeout(later); } };
}

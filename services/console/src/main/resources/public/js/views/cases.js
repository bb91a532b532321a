// The case board: open cases by urgency, countries coloured by receipt state, counts. A case's page: its alerts, level
// history and checklists, its situation reports and assistance with what the person may do about them, the level.
import { get, post, session } from '../api.js';
import { h, render, titled, severityBadge, tlpBadge, exerciseBadge, when, errorBox, field } from '../dom.js';
import { countries, taxonomy } from '../reference.js';
import { STATES, iso, receiptStates, word } from './receipts.js';
import { watchCases } from '../push.js';
import { countryCode } from './incident-actions.js';
import { showProblem } from './action-forms.js';
import { sitrepSection, sitrepCountries } from './case-sitreps.js';
import { assistanceSection } from './case-assistance.js';
import { caseMapPanel, europe, gridId } from './case-map.js';
import { deliveriesSection } from './case-deliveries.js';

const LEVELS = ['TECHNICAL', 'OPERATIONAL', 'POLITICAL'];
const TYPING_RETRY_MS = 3000;
/** The open cases the board draws: the largest page the API gives (Page.MAX_SIZE). */
const BOARD_SIZE = 500;

function legend() {
  return h('div', { class: 'legend', 'aria-label': 'Colours' }, h('span', { class: 'cell' }, 'not alerted'),
    STATES.map(s => h('span', { class: `cell ${s}` }, s.toLowerCase())));
}

/** One cell per member (and every other alerted country), coloured by the state of its original alert. */
function countryGrid(c, members) {
  const receipts = receiptStates(c);
  const codes = [...new Set([...members.filter(m => m.member).map(m => iso(m.code)), ...receipts.keys()])].sort();
  return h('div', { class: 'grid', role: 'list', 'aria-label': 'Receipts by country' }, codes.map(code => {
    const state = receipts.get(code)?.state || '';
    const label = word(state);
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
    countsLine(c), Object.assign(countryGrid(c, members), { id: gridId(c.incidentId) }));
}

export async function casesView(mode) {
  // The map is a picture beside the grids: the board works without it when its shapes cannot be fetched.
  const [members, geo] = await Promise.all([countries(), europe().catch(e => e)]);
  const board = h('div', { class: 'cases', id: 'case-board' });
  const map = caseMapPanel(members, geo);
  const problem = h('div');
  const more = h('div', { role: 'status' });
  const load = async () => {
    try {
      const page = await get(`/api/v1/cases?mode=${mode}&status=OPEN&size=${BOARD_SIZE}`);
      render(board, page.items.length ? page.items.map(c => caseCard(c, members)) : h('p', { class: 'muted' }, 'No open cases.'));
      // Never a silent cut: past the largest page the API gives, the board says how many it does not show.
      render(more, page.total > page.items.length
        ? h('p', { class: 'error', id: 'case-board-more' }, `Showing the ${page.items.length} most urgent of ${page.total} open cases.`) : '');
      map.show(page.items);
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
    problem, map.node, legend(), more, board), stop: unwatch };
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
    } catch (err) { showProblem(form, message, err); }
  });
  return form;
}

/** What the person may do on this case; the services decide, the page offers only what they would allow. */
function actsOn(c, requests) {
  const me = session.get();
  const country = countryCode(me.country);
  const staff = session.has('DUTY_OFFICER', 'NCP');
  const open = c.status === 'OPEN';
  const asked = Array.isArray(requests) && requests.some(r => r.country === country || (r.offers || []).some(o => o.country === country)
    || (c.tlp !== 'RED' && (r.suggestions || []).some(s => s.country === country)));
  // Under AMBER, AMBER+STRICT and RED a country's people read a case only when their country takes part in it (DESIGN §8);
  // under GREEN and CLEAR anyone reads it, so the page looks for the country among those alerted and asked.
  const takesPart = staff && (country === c.reporterCountry || ['AMBER', 'AMBER+STRICT', 'RED'].includes(c.tlp) || asked
    || c.alerts.some(a => a.kind === 'ALERT' && !a.withdrawnAt && a.country === country));
  return {
    country, open, coordinator: session.has('COORDINATOR'),
    writesSitreps: open && (session.has('COORDINATOR') || (staff && country === c.reporterCountry)),
    requests: open && takesPart, offers: open && takesPart, decides: open && staff,
  };
}

const failed = promise => promise.catch(e => (e instanceof Error ? e : new Error(String(e))));

/** The open panels (forms shown by their button) that hold nothing typed yet: shown again after the page is drawn anew. */
function pristinePanels(holder) {
  return [...holder.querySelectorAll('button[aria-controls][aria-expanded="true"]')]
    .map(b => document.getElementById(b.getAttribute('aria-controls')))
    .filter(panel => panel && !panel.dataset.dirty).map(panel => panel.id);
}

function reopen(holder, ids) {
  for (const id of ids) {
    const panel = document.getElementById(id);
    const button = holder.querySelector(`button[aria-controls="${CSS.escape(id)}"]`);
    if (!panel || !button) continue;
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  }
}

/** A form is "dirty" from the first change until it is sent or its panel closed (closing it also forgets what was typed). */
function trackChanges(holder) {
  holder.querySelectorAll('form').forEach(form => {
    const mark = () => { form.dataset.dirty = 'true'; };
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
  });
  holder.querySelectorAll('button[aria-controls]').forEach(button => button.addEventListener('click', () => {
    const panel = document.getElementById(button.getAttribute('aria-controls'));
    if (panel && panel.hidden && panel.tagName === 'FORM') {
      panel.reset();
      delete panel.dataset.dirty;
    }
  }));
}

export async function caseView(id) {
  const [members, nis2] = await Promise.all([countries(), taxonomy('nis2').catch(() => ({ values: [] }))]);
  const holder = h('div');
  const countriesOf = sitrepCountries(id);
  let mode = 'REAL';
  let later = null;
  let refresh = null;
  const pending = h('p', { class: 'pending', id: 'case-pending', role: 'status', hidden: true },
    'This case has changed meanwhile: the changes show once you send or close your form. ',
    h('button', { type: 'button', class: 'secondary', onclick: () => refresh(true) }, 'Show them now (what you typed is lost)'));
  let said = null;
  /**
   * Draws the case; {@code notice} ({section, text}) says in that section what the person just did, and takes the focus.
   * It stays said when the case is drawn again for a change pushed meanwhile (without taking the focus again).
   */
  const load = async notice => {
    if (notice) said = notice;
    const [c, reports, requests] = await Promise.all([get(`/api/v1/cases/${id}`),
      failed(get(`/api/v1/cases/${id}/situation-reports`)), failed(get(`/api/v1/cases/${id}/assistance-requests`))]);
    const countryOf = reports instanceof Error ? () => null : await countriesOf(reports);
    mode = c.mode;
    if (c.mode === 'EXERCISE') document.getElementById('exercise-banner').hidden = false;
    const acts = actsOn(c, requests);
    const noticeIn = section => said && said.section === section
      ? h('p', { class: 'ok', role: 'status', id: `${section}-result`, tabindex: '-1' }, said.text) : '';
    const panels = pristinePanels(holder);
    const focused = holder.contains(document.activeElement) ? document.activeElement.id : '';
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
      await deliveriesSection(c),
      h('h2', {}, 'Level history'),
      h('ol', {}, (c.levelHistory || []).map(l => h('li', {}, `${l.level} · ${when(l.changedAt)} · ${l.changedBy || ''} ${l.reason ? '— ' + l.reason : ''}`))),
      (c.checklists || []).length ? h('div', { class: 'card', id: 'case-checklists' }, h('h2', {}, 'Containment and repair by country'),
        h('ul', {}, c.checklists.map(k => h('li', {}, h('strong', {}, k.country), ` containment ${k.containment}, repair ${k.repair}`,
          k.overdueSteps ? h('span', { class: 'error' }, ` · ${k.overdueSteps} overdue`) : '')))) : '',
      sitrepSection({ c, reports, countryOf, writes: acts.writesSitreps, all: members, nis2, reload: load, notice: noticeIn('sitreps') }),
      assistanceSection({ c, requests, acts, all: members, reload: load, notice: noticeIn('assistance') }),
      acts.coordinator && acts.open ? levelForm(c, load) : '');
    trackChanges(holder);
    reopen(holder, panels);
    pending.hidden = true;
    const done = notice && document.getElementById(`${notice.section}-result`);
    const again = focused && document.getElementById(focused);
    if (done) done.focus();
    else if (again && holder.contains(again)) again.focus({ preventScroll: true });
  };
  try {
    await load();
  } catch (e) {
    if (e.status === 403 || e.status === 404) return { node: h('p', { class: 'error', role: 'alert', id: 'not-permitted' }, e.message) };
    throw e;
  }
  // Pushed (GET /cases/changes); never while the person is in a form (typing, or on its buttons), has changed one and
  // not sent it, or is asked to confirm, which drawing the case again would wipe: the page says that the case changed
  // and shows it once the form is sent or closed.
  const busy = () => {
    const active = document.activeElement;
    return (holder.contains(active) && (active.matches('input, select, textarea') || !!active.closest('form')))
      || !!holder.querySelector('dialog[open]')
      || [...holder.querySelectorAll('form[data-dirty]')].some(form => !form.hidden);
  };
  refresh = async anyway => {
    clearTimeout(later);
    if (!anyway && busy()) {
      pending.hidden = false;
      later = setTimeout(refresh, TYPING_RETRY_MS);
      return;
    }
    pending.hidden = true;
    try { await load(); } catch (e) { /* keep the last view */ }
  };
  let first = true;
  const unwatch = watchCases(mode, () => (first ? (first = false, Promise.resolve()) : refresh()));
  return { node: h('div', {}, holder, pending), stop: () => { unwatch(); clearTimeout(later); } };
}

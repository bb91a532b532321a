// The audit trail (DESIGN §13): each service keeps its own, hash-chained. Auditors and coordinators read every entry
// and verify the chain; a duty officer reads the entries of their own country; anyone else is refused by the service.
import { get, session } from '../api.js';
import { h, render, when, field, showFieldErrors, shownBesideFields, problemText, pager } from '../dom.js';

const SERVICES = [
  ['contact-points', 'contact-points: directory, logins, accounts, inboxes, comchecks, plans'],
  ['incident-reporting', 'incident-reporting: incidents, NIS2 reports, reads of TLP:AMBER+STRICT and RED'],
  ['escalation', 'escalation: cases, alerts, crisis levels, the European plan'],
  ['exercises', 'exercises: scenarios, exercises, injects'],
];
const SIZES = [20, 50, 100, 200, 500];
const FILTERS = ['actor', 'action', 'targetId', 'from', 'to'];

/**
 * The path of a service's audit call. Every service answers /api/v1/audit for its own trail; the console routes
 * /api/v1/… by the first segment after it and has no route for "audit" yet, so the page names the service in the
 * query (the services ignore a parameter they do not know) for the console to route by. Until it does, the console
 * answers 404 "No such API", which the page shows as it is.
 */
function auditPath(service, rest, query = new URLSearchParams()) {
  const q = new URLSearchParams(query);
  q.set('service', service);
  return `/api/v1/audit${rest}?${q}`;
}

function instant(local) {
  if (!local) return '';
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

function detailText(detail) {
  return Object.entries(detail || {}).filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => h('div', {}, `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`));
}

function entryRow(e) {
  return h('tr', { dataset: { id: e.id, action: e.action } },
    h('th', { scope: 'row' }, `#${e.id}`),
    h('td', {}, when(e.at), h('div', { class: 'muted' }, e.at)),
    h('td', { class: 'actor' }, e.actor, e.actorCountry ? h('div', { class: 'muted' }, e.actorCountry) : ''),
    h('td', { class: 'action' }, h('code', {}, e.action)),
    h('td', { class: 'target' }, e.targetType || '—', e.targetId ? h('div', { class: 'muted break' }, e.targetId) : ''),
    h('td', {}, e.country || '—'),
    h('td', { class: 'detail' }, detailText(e.detail)),
    h('td', { class: 'seal', title: e.hash || undefined }, e.hash ? ['sealed', h('div', { class: 'muted' }, e.hash.slice(0, 12) + '…')] : 'not sealed yet'));
}

/** The chain's verdict in words: intact, or broken at which entry. */
function verdictText(v) {
  if (v.valid) {
    return [h('strong', {}, '✓ Intact'), ` — ${v.entries.toLocaleString('en')} entries checked in id order, `,
      v.sealedUpTo == null ? 'none sealed yet.' : `sealed up to entry #${v.sealedUpTo} (newer entries are sealed within seconds).`];
  }
  return [h('strong', {}, `✗ BROKEN at entry #${v.firstBrokenId}`), ` — ${v.entries.toLocaleString('en')} entries in the chain. `
    + `Entry #${v.firstBrokenId} was changed, or the entry before it deleted, or entries were moved from there on: `
    + 'nothing from it onwards can be trusted. Compare with the last export kept outside the node.'];
}

function verifyCard(service) {
  const verdict = h('div', { id: 'audit-verdict', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'audit-verify' }, 'Verify the chain');
  const run = async () => {
    button.disabled = true;
    render(verdict, h('p', { class: 'muted' }, `Walking the chain of ${service()}…`));
    try {
      const v = await get(auditPath(service(), '/verify'));
      verdict.dataset.valid = String(v.valid);
      render(verdict, h('p', { class: v.valid ? 'verdict intact' : 'verdict broken' }, `${service()}: `, verdictText(v)));
    } catch (e) {
      delete verdict.dataset.valid;
      render(verdict, h('p', { class: 'error', role: 'alert' }, problemText(e)));
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', run);
  const clear = () => { delete verdict.dataset.valid; render(verdict, h('p', { class: 'muted' }, 'Not verified yet.')); };
  clear();
  return { node: h('section', { class: 'card', 'aria-labelledby': 'verify-title' }, h('h2', { id: 'verify-title' }, 'Is the chain intact?'),
    h('p', { class: 'muted' }, 'Checks every entry of the chosen service’s trail against the one before it: a changed, deleted or reordered entry is found.'),
    button, verdict), clear };
}

/** Why nothing is shown, in words: a refusal names who may read the trail. */
function refusal(e) {
  return h('p', { class: 'error', role: 'alert', id: 'audit-problem' }, e.status === 403
    ? `Not permitted (403): only auditors and coordinators read the audit log, and duty officers their own country's entries. ${e.problem.detail || ''}`
    : problemText(e));
}

export async function auditView() {
  const s = session.get();
  const everyCountry = session.has('AUDITOR', 'COORDINATOR');
  const serviceSelect = h('select', { name: 'service', id: 'audit-service' }, SERVICES.map(([value, text]) => h('option', { value }, text)));
  const service = () => serviceSelect.value;
  const size = h('select', { name: 'size' }, SIZES.map(n => h('option', { value: n, selected: n === 50 }, String(n))));
  const form = h('form', { id: 'audit-filters', class: 'card' }, h('h2', {}, 'Which entries'),
    field('Service', serviceSelect),
    h('div', { class: 'grid-4' },
      field('Actor (user name, or system)', h('input', { name: 'actor', autocomplete: 'off' })),
      field('Action (e.g. comcheck.started)', h('input', { name: 'action', autocomplete: 'off' })),
      field('Target id', h('input', { name: 'targetId', autocomplete: 'off' })),
      field('From (your local time, inclusive)', h('input', { name: 'from', type: 'datetime-local', step: 1 })),
      field('To (your local time, exclusive)', h('input', { name: 'to', type: 'datetime-local', step: 1 })),
      field('Entries per page', size)),
    h('p', { class: 'toolbar' }, h('button', { type: 'submit', id: 'audit-show' }, 'Show entries'),
      h('button', { type: 'reset', class: 'secondary' }, 'Clear the filters')));
  const results = h('div', { id: 'audit-results' });
  const verify = everyCountry ? verifyCard(service) : null;

  const load = async page => {
    const query = new URLSearchParams();
    for (const name of FILTERS) {
      const raw = form.elements[name].value.trim();
      const value = name === 'from' || name === 'to' ? instant(raw) : raw;
      if (value) query.set(name, value);
    }
    query.set('page', String(page));
    query.set('size', size.value);
    render(results, h('p', { class: 'muted' }, 'Loading…'));
    let list;
    try {
      list = await get(auditPath(service(), '', query));
    } catch (e) {
      const missed = showFieldErrors(form, e);
      render(results, shownBesideFields(e, missed) ? '' : refusal(e));
      return;
    }
    showFieldErrors(form, {});
    render(results,
      h('table', { id: 'audit-entries' },
        h('caption', { class: 'visually-hidden' }, `Audit entries of ${service()}, newest first`),
        h('thead', {}, h('tr', {}, ['Entry', 'At', 'Actor', 'Action', 'Target', 'Country', 'Detail', 'Seal'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, list.items.length ? list.items.map(entryRow) : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No entries match.')))),
      pager(list, load, 'entries'));
  };
  form.addEventListener('submit', e => { e.preventDefault(); load(0); });
  form.addEventListener('reset', () => setTimeout(() => { if (verify) verify.clear(); load(0); })); // once the browser has emptied the fields
  serviceSelect.addEventListener('change', () => { if (verify) verify.clear(); load(0); });
  await load(0);
  return { node: h('section', { 'aria-labelledby': 'audit-title' },
    h('h1', { id: 'audit-title' }, 'Audit log'),
    h('p', { class: 'muted' }, everyCountry
      ? 'Every entry of the chosen service, newest first: who did what, when, to what.'
      : session.has('DUTY_OFFICER')
        ? `The entries of ${s.country} in the chosen service, newest first. Only auditors and coordinators verify the chain.`
        : 'Auditors and coordinators read the audit log, and duty officers their own country’s entries.'),
    form, verify ? verify.node : '', h('h2', {}, 'Entries'), results) };
}

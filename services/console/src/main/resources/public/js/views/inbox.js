// The inbox: what needs acknowledging first, a countdown to each deadline, one click (or "a") to acknowledge.
import { get, post, session } from '../api.js';
import { h, render, titled, severityBadge, tlpBadge, exerciseBadge, countdown, when, errorBox, announce } from '../dom.js';
import { watchInbox } from '../push.js';

const seen = new Set();
let firstLoad = true;

const urgency = item => item.status === 'ACKNOWLEDGED' ? 2 : 0;

// An item with nothing to acknowledge by a deadline (a level change) comes after those that have one.
const deadlineOf = item => item.ackDeadline ? new Date(item.ackDeadline).getTime() : Number.MAX_SAFE_INTEGER;

function sorted(items) {
  return [...items].sort((a, b) => urgency(a) - urgency(b)
    || (urgency(a) === 0 ? deadlineOf(a) - deadlineOf(b) : new Date(b.dispatchedAt) - new Date(a.dispatchedAt)));
}

/** Marks each item the first time the page shows it (performance.mark "inbox-item:<alertId>"), and cues new critical ones. */
function noticeNew(items) {
  const fresh = items.filter(i => !seen.has(i.alertId));
  fresh.forEach(mark);
  if (firstLoad) { firstLoad = false; return; }
  const critical = fresh.filter(i => i.status === 'NEW' && i.severity === 'CRITICAL');
  if (critical.length) cue(critical[0]);
}

function cue(item) {
  const flash = document.getElementById('flash');
  flash.textContent = `New CRITICAL alert: ${titled(item)} — acknowledge within the deadline.`;
  flash.hidden = false;
  setTimeout(() => { flash.hidden = true; }, 15000);
  try {
    const ctx = new AudioContext();
    [0, 0.35].forEach(t => {
      const osc = ctx.createOscillator(), gain = ctx.createGain();
      osc.frequency.value = 880; gain.gain.value = 0.2;
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + t); osc.stop(ctx.currentTime + t + 0.2);
    });
  } catch (e) { /* no audio device: the visual cue stands */ }
}

/** Watches the real inbox on every page, pushed (polled only as a fallback): the count in the menu and the critical-alert cue. */
export function startInboxWatch() {
  return watchInbox('REAL', async () => {
    try {
      const page = await get('/api/v1/inbox?mode=REAL&size=200');
      noticeNew(page.items);
      const open = page.items.filter(i => i.status !== 'ACKNOWLEDGED').length;
      document.getElementById('inbox-count').textContent = open ? String(open) : '';
      document.querySelector('[data-nav="inbox"]').setAttribute('aria-label', open ? `Inbox, ${open} open alert${open === 1 ? '' : 's'}` : 'Inbox');
      window.dispatchEvent(new CustomEvent('cyberplan:inbox', { detail: page }));
    } catch (e) { /* shown by the inbox page itself */ }
  });
}

function itemRow(item, onAck) {
  const ackable = item.status !== 'ACKNOWLEDGED';
  const button = ackable
    ? h('button', { type: 'button', class: 'ack', 'aria-keyshortcuts': 'a', onclick: () => onAck(item, button) },
      item.kind === 'COMCHECK' ? 'Answer' : 'Acknowledge')
    : null;
  const incidentLink = item.incidentId ? h('a', { href: `#/incidents/${item.incidentId}` }, 'incident') : null;
  const comcheckLink = item.comcheckId ? h('a', { href: `#/comchecks/${item.comcheckId}` }, 'comcheck answers') : null;
  const ids = item.comcheckId ? { alertId: item.alertId, status: item.status, comcheckId: item.comcheckId } : { alertId: item.alertId, status: item.status };
  return h('li', { class: `item status-${item.status} severity-${item.severity}`, dataset: ids,
    'aria-current': 'false', tabindex: '-1' },
  h('div', {},
    h('div', { class: 'title' }, titled(item)),
    h('div', { class: 'meta' },
      exerciseBadge(item.mode), severityBadge(item.severity), tlpBadge(item.tlp), h('span', {}, item.kind),
      item.reporterCountry ? h('span', {}, 'from ', h('strong', {}, item.reporterCountry)) : '',
      item.level ? h('span', {}, item.level) : '',
      h('span', {}, 'dispatched ', when(item.dispatchedAt)), incidentLink, comcheckLink,
      item.kind === 'RECALL' || item.recalledAt ? h('strong', { class: 'error' }, 'RECALLED', item.recallReason ? ': ' + item.recallReason : '') : '',
      item.corrections ? h('span', {}, `${item.corrections} correction(s)`) : ''),
  ),
  h('div', { class: 'side' },
    item.status === 'ACKNOWLEDGED'
      ? h('span', { class: 'state-ON_TIME' }, `Acknowledged by ${item.acknowledgedBy} · ${when(item.acknowledgedAt)}`)
      : h('div', {}, h('div', { class: 'status' }, item.status),
        item.ackDeadline ? countdown(item.ackDeadline, 'acknowledge within') : h('span', { class: 'muted' }, 'for information')),
    button));
}

export async function inboxView(mode) {
  const list = h('ul', { class: 'inbox', id: 'inbox-list', 'aria-label': 'Alerts' });
  const problem = h('div');
  const tabs = h('div', { class: 'toolbar tabs', role: 'group', 'aria-label': 'Real or exercise traffic' },
    h('button', { type: 'button', 'aria-pressed': String(mode === 'REAL'), onclick: () => { location.hash = '#/inbox'; } }, 'Real alerts'),
    h('button', { type: 'button', 'aria-pressed': String(mode === 'EXERCISE'), onclick: () => { location.hash = '#/inbox/exercise'; } }, 'Exercise'),
    h('span', { class: 'muted' }, 'Keys: j / k to move, a to acknowledge the selected alert'));
  let selected = 0;
  let items = [];

  const select = index => {
    const rows = [...list.children];
    if (!rows.length) return;
    selected = Math.max(0, Math.min(index, rows.length - 1));
    rows.forEach((r, i) => r.setAttribute('aria-current', String(i === selected)));
    rows[selected].focus({ preventScroll: false });
  };
  const acknowledge = async (item, button) => {
    if (button) button.disabled = true;
    try {
      await post(`/api/v1/inbox/${item.alertId}/ack`, {});
      announce(`Acknowledged: ${titled(item)}`);
      await reload();
    } catch (e) {
      render(problem, errorBox(e));
      if (button) button.disabled = false;
    }
  };
  let shown = '';
  const show = page => {
    const signature = JSON.stringify(page.items);
    if (signature === shown) return; // unchanged: keep the rows (and focus, and the button under the pointer) as they are
    shown = signature;
    items = sorted(page.items);
    if (mode === 'EXERCISE') noticeExercise(items);
    const current = document.activeElement && document.activeElement.closest && document.activeElement.closest('.item');
    const keep = current && current.dataset.alertId;
    render(list, items.length ? items.map(i => itemRow(i, acknowledge)) : h('li', { class: 'muted' }, 'No alerts.'));
    const index = keep ? items.findIndex(i => i.alertId === keep) : -1;
    [...list.children].forEach((r, i) => r.setAttribute && r.setAttribute('aria-current', String(i === (index >= 0 ? index : selected))));
  };
  const reload = async () => {
    try {
      show(await get(`/api/v1/inbox?mode=${mode}&size=200`));
      problem.replaceChildren();
    } catch (e) { render(problem, errorBox(e)); }
  };
  const onKey = e => {
    if (e.target.matches('input, textarea, select')) return;
    if (e.key === 'j' || e.key === 'ArrowDown') { select(selected + 1); e.preventDefault(); }
    if (e.key === 'k' || e.key === 'ArrowUp') { select(selected - 1); e.preventDefault(); }
    if (e.key === 'a' && items[selected] && items[selected].status !== 'ACKNOWLEDGED') {
      acknowledge(items[selected], list.children[selected].querySelector('button.ack'));
    }
  };
  document.addEventListener('keydown', onKey);
  let unwatch = () => {};
  const onWatch = e => show(e.detail);
  if (mode === 'REAL') {
    window.addEventListener('cyberplan:inbox', onWatch);
  } else {
    document.getElementById('exercise-banner').hidden = false;
  }
  await reload();
  if (mode === 'EXERCISE') unwatch = watchInbox('EXERCISE', reload);
  const node = h('section', { 'aria-labelledby': 'inbox-title' },
    h('h1', { id: 'inbox-title' }, mode === 'EXERCISE' ? `Exercise inbox — ${session.get().country}` : `Inbox — ${session.get().country}`),
    tabs, problem, list);
  return {
    node,
    stop: () => { document.removeEventListener('keydown', onKey); window.removeEventListener('cyberplan:inbox', onWatch); unwatch(); },
  };
}

function noticeExercise(items) {
  items.filter(i => !seen.has(i.alertId)).forEach(mark);
}

/** The moment a row is first shown, by alert and by incident (the console benchmark reads them). */
function mark(item) {
  seen.add(item.alertId);
  performance.mark('inbox-item:' + item.alertId);
  if (item.incidentId && performance.getEntriesByName('inbox-incident:' + item.incidentId).length === 0) performance.mark('inbox-incident:' + item.incidentId);
}

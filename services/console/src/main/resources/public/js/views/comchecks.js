// Communication checks: a coordinator starts one for chosen countries or every member; everyone sees who answered
// and how fast (the people of a country: their own country's row), and the figures per country over the last checks.
// A country answers in its inbox, by acknowledging the COMCHECK item.
import { get, post, session } from '../api.js';
import { h, render, when, errorBox, field, showFieldErrors, shownBesideFields, announce, pager } from '../dom.js';
import { countries } from '../reference.js';

const POLL_MS = 3000;
const LIST_SIZE = 20;
const MAX_LAST = 100;

/** "12 s", "4 min 05 s", "2 h 10 min": how long a country took to answer. */
export function responseTime(seconds) {
  if (seconds == null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor(s % 3600 / 60)).padStart(2, '0')} min`;
}

const percent = rate => `${Math.round(rate * 100)} %`;
const inboxOf = mode => mode === 'EXERCISE' ? '#/inbox/exercise' : '#/inbox';
const mine = row => row.country === session.get().country;

/** Answered or not, in words and a mark, never by colour alone. */
function answerCell(row) {
  return row.answered
    ? h('td', { class: 'answer state-ON_TIME' }, '✓ answered')
    : h('td', { class: 'answer state-LATE' }, '✗ not answered');
}

function deadlineCell(row) {
  if (row.answered) return h('td', { class: row.late ? 'state-LATE' : 'state-ON_TIME' }, row.late ? 'late' : 'on time');
  return h('td', { class: row.late ? 'state-LATE' : 'state-PENDING' }, row.late ? 'missed' : 'still open');
}

function startForm(members) {
  const message = h('div', { id: 'comcheck-start-message' });
  const boxes = members.map(c => h('label', { title: c.name },
    h('input', { type: 'checkbox', name: 'countries', value: c.code }), c.code, c.member ? '' : ' (observer)'));
  const chosen = h('fieldset', { id: 'comcheck-countries', 'aria-describedby': 'comcheck-countries-error' },
    h('legend', {}, 'Countries to check'), h('div', { class: 'checks' }, boxes));
  const scope = (value, text, checked) => h('label', { class: 'inline' },
    h('input', { type: 'radio', name: 'scope', value, checked, onchange: () => { chosen.disabled = value === 'all'; } }), text);
  const within = h('input', { name: 'answerWithinMinutes', id: 'answer-within', type: 'number', min: 1, max: 1440, step: 1, value: 15, class: 'narrow' });
  const memberCount = members.filter(c => c.member).length;
  const form = h('form', { class: 'card', id: 'comcheck-form' }, h('h2', {}, 'Start a communication check'),
    h('fieldset', {}, h('legend', {}, 'Whom to check'),
      scope('chosen', 'The countries ticked below', true), scope('all', `Every member (${memberCount})`, false)),
    h('div', { class: 'field', dataset: { field: 'countries' } }, chosen, h('div', { class: 'field-error', id: 'comcheck-countries-error', 'aria-live': 'polite' })),
    field('Minutes to answer (1 … 1440)', within),
    h('p', {}, h('button', { type: 'submit', id: 'start-comcheck' }, 'Start the comcheck')), message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const button = form.querySelector('#start-comcheck');
    const body = {};
    // Left out, the service checks every member (and asks each once): the page does not list them itself.
    if (form.elements.scope.value === 'chosen') body.countries = boxes.map(l => l.querySelector('input')).filter(b => b.checked).map(b => b.value);
    if (within.value !== '') body.answerWithinMinutes = Number(within.value);
    button.disabled = true;
    try {
      const r = await post('/api/v1/comchecks', body);
      announce(`Comcheck started for ${r.body.countries.join(', ')}`);
      location.hash = `#/comchecks/${r.body.id}`;
    } catch (err) {
      const missed = showFieldErrors(form, err);
      render(message, shownBesideFields(err, missed) ? '' : errorBox(err));
      button.disabled = false;
    }
  });
  return form;
}

/** The recent comchecks, a page at a time, newest first. */
function recentList(mode) {
  const holder = h('div', { id: 'comcheck-recent' });
  const load = async page => {
    let list;
    try {
      list = await get(`/api/v1/comchecks?mode=${mode}&page=${page}&size=${LIST_SIZE}`);
    } catch (e) { render(holder, errorBox(e)); return; }
    const everyCountry = session.has('COORDINATOR', 'AUDITOR');
    render(holder, h('table', { id: 'comcheck-list' },
      h('caption', { class: 'visually-hidden' }, 'Recent communication checks, newest first'),
      h('thead', {}, h('tr', {}, ['Started', 'By', 'Countries asked', everyCountry ? 'Answered' : `Answer of ${session.get().country}`, 'Answer by']
        .map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.items.length ? list.items.map(c => listRow(c, everyCountry))
        : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'No comchecks yet.')))),
    pager(list, load, 'comchecks'));
  };
  return { holder, load };
}

function listRow(c, everyCountry) {
  const answered = c.answers.filter(a => a.answered).length;
  const asked = c.countries.length > 8 ? `${c.countries.length} countries` : c.countries.join(', ');
  let answer;
  if (everyCountry) {
    answer = `${answered}/${c.answers.length} (${percent(c.answerRate)})`;
  } else {
    const own = c.answers.find(mine);
    answer = own && own.answered ? `✓ by ${own.answeredBy} in ${responseTime(own.responseSeconds)}`
      : h('span', {}, '✗ not answered · ', h('a', { href: inboxOf(c.mode) }, 'answer it in the inbox'));
  }
  return h('tr', { dataset: { comcheckId: c.id } },
    h('th', { scope: 'row' }, h('a', { href: `#/comchecks/${c.id}` }, when(c.startedAt))),
    h('td', {}, c.startedBy), h('td', { title: c.countries.join(', ') }, asked), h('td', {}, answer), h('td', {}, when(c.answerBy)));
}

/** Answer rate, median and 90th percentile response time per country over the last N comchecks. */
function statistics(mode) {
  const result = h('div', { id: 'comcheck-stats-result', 'aria-live': 'polite' });
  const last = h('input', { id: 'stats-last', name: 'last', type: 'number', min: 1, max: MAX_LAST, step: 1, value: 10, class: 'narrow' });
  const form = h('form', { id: 'comcheck-stats-form', class: 'inline-form' }, field(`Over the last (1 … ${MAX_LAST}) comchecks`, last),
    h('button', { type: 'submit', id: 'stats-show' }, 'Show'));
  const load = async () => {
    try {
      const s = await get(`/api/v1/comchecks/statistics?mode=${mode}&last=${encodeURIComponent(last.value || '10')}`);
      showFieldErrors(form, {});
      render(result, h('p', { class: 'muted', id: 'comcheck-stats-over' }, `Over the last ${s.comchecks} comcheck(s).`),
        h('table', { id: 'comcheck-stats' },
          h('caption', { class: 'visually-hidden' }, 'Answers per country'),
          h('thead', {}, h('tr', {}, ['Country', 'Asked', 'Answered', 'Answer rate', 'Median response', '90th percentile']
            .map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, s.items.length ? s.items.map(i => h('tr', { dataset: { country: i.country } },
            h('th', { scope: 'row' }, i.country), h('td', {}, String(i.asked)), h('td', {}, String(i.answered)),
            h('td', { class: 'rate' }, percent(i.answerRate)),
            h('td', {}, i.medianResponseSeconds == null ? 'never answered' : responseTime(i.medianResponseSeconds)),
            h('td', {}, i.p90ResponseSeconds == null ? 'never answered' : responseTime(i.p90ResponseSeconds))))
            : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'No comchecks in this span.')))));
    } catch (e) {
      if (!shownBesideFields(e, showFieldErrors(form, e))) render(result, errorBox(e));
    }
  };
  form.addEventListener('submit', e => { e.preventDefault(); load(); });
  return { node: h('section', { class: 'card', 'aria-labelledby': 'stats-title' }, h('h2', { id: 'stats-title' }, 'Statistics per country'), form, result), load };
}

export async function comchecksView(mode) {
  const coordinator = session.has('COORDINATOR') && mode === 'REAL';
  if (mode === 'EXERCISE') document.getElementById('exercise-banner').hidden = false;
  const members = coordinator ? await countries() : [];
  const recent = recentList(mode);
  const stats = statistics(mode);
  await Promise.all([recent.load(0), stats.load()]);
  const s = session.get();
  const answering = session.has('NCP', 'DUTY_OFFICER');
  return { node: h('section', { 'aria-labelledby': 'comchecks-title' },
    h('h1', { id: 'comchecks-title' }, mode === 'EXERCISE' ? 'Exercise comchecks' : 'Communication checks'),
    h('div', { class: 'toolbar tabs', role: 'group', 'aria-label': 'Real or exercise comchecks' },
      h('button', { type: 'button', 'aria-pressed': String(mode === 'REAL'), onclick: () => { location.hash = '#/comchecks'; } }, 'Real'),
      h('button', { type: 'button', 'aria-pressed': String(mode === 'EXERCISE'), onclick: () => { location.hash = '#/comchecks/exercise'; } }, 'Exercise'),
      h('span', { class: 'muted' }, session.has('COORDINATOR', 'AUDITOR') ? 'Every country' : `The comchecks that asked ${s.country}`)),
    answering ? h('p', { class: 'card', id: 'answer-hint' }, `${s.country} answers a comcheck in its inbox: the "Communication check" item, with its Answer button. `,
      h('a', { href: inboxOf(mode) }, 'Go to the inbox')) : '',
    coordinator ? startForm(members) : '',
    h('h2', {}, 'Recent comchecks'), recent.holder,
    stats.node) };
}

export async function comcheckView(id) {
  const holder = h('div', { id: 'comcheck' });
  let shown = '';
  const load = async () => {
    const c = await get(`/api/v1/comchecks/${id}`);
    const signature = JSON.stringify(c);
    if (signature === shown) return;
    shown = signature;
    if (c.mode === 'EXERCISE') document.getElementById('exercise-banner').hidden = false;
    const answered = c.answers.filter(a => a.answered).length;
    render(holder,
      h('h1', {}, c.mode === 'EXERCISE' ? 'Exercise comcheck' : 'Communication check', ` of ${when(c.startedAt)}`),
      h('p', {}, h('a', { href: c.mode === 'EXERCISE' ? '#/comchecks/exercise' : '#/comchecks' }, '← All comchecks')),
      h('dl', { class: 'facts card' },
        h('dt', {}, 'Started by'), h('dd', {}, c.startedBy),
        h('dt', {}, 'Started'), h('dd', {}, when(c.startedAt)),
        h('dt', {}, 'Answer by'), h('dd', {}, when(c.answerBy)),
        h('dt', {}, 'Countries asked'), h('dd', {}, `${c.countries.length}: ${c.countries.join(', ')}`),
        h('dt', {}, 'Answered'), h('dd', { id: 'comcheck-rate' }, `${answered}/${c.answers.length} (${percent(c.answerRate)})`)),
      h('table', { id: 'comcheck-answers' },
        h('caption', { class: 'visually-hidden' }, 'Answers per country'),
        h('thead', {}, h('tr', {}, ['Country', 'Answer', 'Answered by', 'Answered at', 'Response time', 'Deadline']
          .map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, c.answers.map(row => h('tr', { dataset: { country: row.country, answered: String(row.answered) } },
          h('th', { scope: 'row' }, row.country), answerCell(row),
          h('td', {}, row.answeredBy || (mine(row) && session.has('NCP', 'DUTY_OFFICER')
            ? h('a', { href: inboxOf(c.mode) }, 'answer it in the inbox') : '—')),
          h('td', {}, when(row.answeredAt)), h('td', {}, responseTime(row.responseSeconds)), deadlineCell(row))))));
  };
  try {
    await load();
  } catch (e) {
    if (e.status === 403 || e.status === 404) return { node: h('p', { class: 'error', role: 'alert', id: 'not-permitted' }, e.message) };
    throw e;
  }
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try { await load(); } catch (e) { /* keep the last view */ } finally { busy = false; }
  }, POLL_MS);
  return { node: holder, stop: () => clearInterval(timer) };
}

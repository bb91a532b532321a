// A country's week on its duty roster as its people keep it: the coverage gaps (in words, and hour by hour), the shifts,
// and one form to add a shift, change one or cover a gap. The API replaces every shift starting in a window
// (PUT /countries/{cc}/roster, DESIGN §9); the page sends the smallest window that holds the change, with the shifts in
// it read again just before, so that the rest of the roster is left as it is.
import { get, api, ApiError } from '../api.js';
import { h, render, errorBox, field } from '../dom.js';
import { actionForm, confirmed } from './action-forms.js';
import { select } from './incident-fields.js';
import { wallClock, zonedInstant, localParts, dayLabel, plusDays, span, hoursAndMinutes } from '../zoned.js';

const HOUR = 3600000;
const MINUTE = 60000;
const ROLES = [{ value: 'PRIMARY', label: 'Primary (reached first)' }, { value: 'BACKUP', label: 'Backup' }];
const ROLE_WORD = { PRIMARY: 'primary', BACKUP: 'backup' };
const GAP_WORDS = { PRIMARY: 'no primary on duty', BACKUP: 'no backup on duty' };
/** Each hour of the grid, worst last: both on duty, no backup, no primary (the backup alone), nobody. */
const STATES = ['ok', 'backup', 'primary', 'nobody'];
const SYMBOL = { ok: '', backup: 'B', primary: 'P', nobody: '×' };
const STATE_WORDS = { ok: 'primary and backup on duty', backup: 'no backup', primary: 'no primary (the backup alone)', nobody: 'nobody on duty' };
const TIMES = Array.from({ length: 96 }, (_, i) => `${String(Math.floor(i / 4)).padStart(2, '0')}:${String(i % 4 * 15).padStart(2, '0')}`);

const minute = offsetDateTime => { const p = localParts(offsetDateTime); return `${p.date}T${p.time}`; };

/** The coverage of the week: a sentence, each gap in words (with "Cover this gap…" for its keepers), and the grid. */
export function coverageSection(coverage, zone, cover) {
  const gaps = coverage.gaps || [];
  const summary = coverage.covered
    ? h('p', { id: 'coverage-summary', class: 'state-ON_TIME', dataset: { covered: 'true' } },
      `✓ 24/7 covered: a primary and a backup are on duty every hour of ${coverage.week}.`)
    : h('p', { id: 'coverage-summary', class: 'error', dataset: { covered: 'false' } },
      `✗ ${gaps.length} gap${gaps.length === 1 ? '' : 's'} in ${coverage.week}: no primary for ${hoursAndMinutes(coverage.primaryGapMinutes)},`
      + ` no backup for ${hoursAndMinutes(coverage.backupGapMinutes)}.`);
  const list = gaps.length ? h('ul', { id: 'coverage-gaps', class: 'gaps' }, gaps.map((gap, i) => h('li', {
    dataset: { role: gap.role, startLocal: minute(gap.startLocal), endLocal: minute(gap.endLocal) } },
  h('strong', { id: `gap-${i}` }, span(gap.startLocal, gap.endLocal)), `: ${GAP_WORDS[gap.role]} (${hoursAndMinutes(gap.minutes)})`,
  cover ? [' ', h('button', { type: 'button', class: 'secondary cover-gap', 'aria-describedby': `gap-${i}`,
    onclick: e => cover(gap, e.currentTarget) }, 'Cover this gap…')] : '')))
    : '';
  return h('section', { class: 'card', 'aria-labelledby': 'coverage-heading' },
    h('h2', { id: 'coverage-heading' }, `Coverage gaps, ${coverage.week}`), summary, list, weekGrid(coverage, zone));
}

/** The week hour by hour in the country's time: a row per day, a cell per hour, each marked by a letter and a colour. */
function weekGrid(coverage, zone) {
  const byDay = new Map();
  const start = Date.parse(coverage.start);
  const end = Date.parse(coverage.end);
  const missing = (role, t) => coverage.gaps.some(g => g.role === role && Date.parse(g.start) < t + HOUR && Date.parse(g.end) > t);
  for (let t = start; t < end; t += HOUR) {
    const at = wallClock(t, zone);
    if (!byDay.has(at.date)) byDay.set(at.date, new Array(24).fill(null));
    const primary = missing('PRIMARY', t);
    const backup = missing('BACKUP', t);
    const state = primary && backup ? 'nobody' : primary ? 'primary' : backup ? 'backup' : 'ok';
    const hours = byDay.get(at.date);
    // The hour the clocks go back comes twice: it shows the worse of the two.
    if (hours[at.hour] === null || STATES.indexOf(state) > STATES.indexOf(hours[at.hour])) hours[at.hour] = state;
  }
  const two = n => String(n).padStart(2, '0');
  const cell = (date, hour, state) => state === null
    ? h('td', { class: 'hour skip', title: `${dayLabel(date)} ${two(hour)}:00: no such hour (the clocks go forward)` }, '')
    : h('td', { class: `hour ${state}`, dataset: { hour: two(hour), state }, title: `${dayLabel(date)} ${two(hour)}:00–${two(hour + 1)}:00: ${STATE_WORDS[state]}` },
      SYMBOL[state]);
  return h('div', {},
    h('table', { id: 'week-grid', class: 'week-grid', 'aria-describedby': 'grid-legend' },
      h('caption', {}, `Hour by hour, ${coverage.country} time (${zone})`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Day'),
        Array.from({ length: 24 }, (_, hour) => h('th', { scope: 'col', title: `${two(hour)}:00–${two(hour + 1)}:00` }, two(hour))))),
      h('tbody', {}, [...byDay].map(([date, hours]) => h('tr', { dataset: { date } },
        h('th', { scope: 'row' }, dayLabel(date)), hours.map((state, hour) => cell(date, hour, state)))))),
    h('p', { class: 'legend', id: 'grid-legend' }, STATES.map(state =>
      h('span', {}, h('span', { class: `grid-key ${state}`, 'aria-hidden': 'true' }, SYMBOL[state] || ' '), ` ${SYMBOL[state] ? SYMBOL[state] + ': ' : 'blank: '}${STATE_WORDS[state]}`))));
}

/**
 * The shifts of the week (those overlapping it), with the editor for those who keep the roster. {@code ctx}: cc, zone,
 * coverage, people, mayEdit, reload(notice); the returned {@code cover(gap, opener)} opens the form on a gap.
 */
export function shiftsSection(roster, ctx) {
  const message = h('div', { id: 'shift-message' });
  const panel = h('div', { id: 'shift-editor', hidden: true });
  const section = h('section', { class: 'card', 'aria-labelledby': 'shifts-heading' });
  let opener = null;
  const addButton = ctx.mayEdit ? h('button', { type: 'button', class: 'secondary', id: 'open-add-shift', 'aria-expanded': 'false',
    'aria-controls': 'shift-editor', onclick: () => (panel.hidden || panel.dataset.mode !== 'add' ? open(null, null, addButton) : close()) }, 'Add a shift…') : '';
  const close = () => {
    panel.hidden = true;
    panel.replaceChildren();
    if (addButton) addButton.setAttribute('aria-expanded', 'false');
    if (opener && opener.isConnected) opener.focus();
  };
  const open = (original, prefill, from) => {
    opener = from;
    message.replaceChildren();
    panel.dataset.mode = original ? 'change' : prefill ? 'cover' : 'add';
    render(panel, shiftForm(ctx, original, prefill), h('p', {},
      h('button', { type: 'button', class: 'secondary', id: 'close-shift-form', onclick: close }, 'Close the form')));
    panel.hidden = false;
    if (addButton) addButton.setAttribute('aria-expanded', String(!original && !prefill));
    panel.querySelector('select').focus();
  };
  const remove = async (shift, button) => {
    message.replaceChildren();
    const what = `${shift.person} as ${ROLE_WORD[shift.role]}, ${span(shift.startLocal, shift.endLocal)}`;
    if (!await confirmed(section, `Remove ${shift.person}'s shift?`,
      `${what}. The hours nobody else holds in that role become a gap in the roster.`, 'Remove it')) {
      button.focus();
      return;
    }
    try {
      await replaceShifts(ctx.cc, { remove: shift });
      await ctx.reload(`Shift removed: ${what}.`);
    } catch (e) {
      render(message, errorBox(e));
    }
  };
  const shifts = [...roster.shifts].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.role === b.role ? 0 : a.role === 'PRIMARY' ? -1 : 1));
  const rows = shifts.map(s => h('tr', { dataset: { person: s.person, role: s.role, startLocal: minute(s.startLocal), endLocal: minute(s.endLocal) } },
    h('td', {}, `${dayLabel(localParts(s.startLocal).date)} ${localParts(s.startLocal).time}`),
    h('td', {}, `${dayLabel(localParts(s.endLocal).date)} ${localParts(s.endLocal).time}`),
    h('td', {}, ROLE_WORD[s.role]),
    h('td', {}, s.name || s.person, s.name ? h('div', { class: 'muted' }, s.person) : ''),
    ctx.mayEdit ? h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary change-shift', onclick: e => open(s, null, e.currentTarget) }, 'Change…',
        h('span', { class: 'visually-hidden' }, ` ${s.person}, ${span(s.startLocal, s.endLocal)}`)), ' ',
      h('button', { type: 'button', class: 'secondary remove-shift', onclick: e => remove(s, e.currentTarget) }, 'Remove…',
        h('span', { class: 'visually-hidden' }, ` ${s.person}, ${span(s.startLocal, s.endLocal)}`))) : ''));
  render(section, h('h2', { id: 'shifts-heading' }, `Shifts, ${ctx.coverage.week}`),
    h('p', { class: 'muted' }, ctx.mayEdit
      ? `The shifts overlapping the week, in ${ctx.cc} time. One person is never on duty twice at once; the service says so if a change would do that.`
      : `The shifts overlapping the week, in ${ctx.cc} time. Only the people of ${ctx.cc} and the coordinators change them.`),
    addButton ? [h('div', { class: 'toolbar' }, addButton), panel] : '', message,
    shifts.length ? h('table', { id: 'shift-table' },
      h('thead', {}, h('tr', {}, ['Starts', 'Ends', 'Role', 'Person'].map(t => h('th', { scope: 'col' }, t)),
        ctx.mayEdit ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')) : '')),
      h('tbody', {}, rows))
      : h('p', { id: 'no-shifts' }, 'No shift overlaps this week.'));
  return { section, cover: ctx.mayEdit ? (gap, from) => open(null, gap, from) : null };
}

/** The form of one shift: a new one (empty, or on a gap) or a change of {@code original}. */
function shiftForm(ctx, original, gap) {
  const monday = localParts(ctx.coverage.startLocal).date;
  const start = original ? localParts(original.startLocal) : gap ? localParts(gap.startLocal) : { date: monday, time: '08:00' };
  const end = original ? localParts(original.endLocal) : gap ? localParts(gap.endLocal) : { date: monday, time: '20:00' };
  const days = [...new Set([...Array.from({ length: 9 }, (_, i) => plusDays(monday, i - 1)), start.date, end.date])].sort();
  const people = [{ value: '', label: 'Choose a person…' }, ...ctx.people.map(p => ({ value: p.username, label: `${p.name || p.username} (${p.username})` }))];
  if (original && !ctx.people.some(p => p.username === original.person)) people.push({ value: original.person, label: original.person });
  const fields = [
    field('Person on duty', select('person', people, original ? original.person : '', { id: 'shift-person' })),
    field('Role', select('role', ROLES, original ? original.role : gap ? gap.role : 'PRIMARY', { id: 'shift-role' })),
    dayTime('start', `Starts (${ctx.cc} time)`, start, days),
    dayTime('end', `Ends (${ctx.cc} time)`, end, days),
  ];
  const heading = original ? `Change ${original.person}'s shift` : gap ? 'Cover the gap' : 'Add a shift';
  const intro = original ? `Now: ${ROLE_WORD[original.role]}, ${span(original.startLocal, original.endLocal)}.`
    : gap ? `The gap: ${GAP_WORDS[gap.role]}, ${span(gap.startLocal, gap.endLocal)}. Shorten the times to cover part of it.`
      : `In ${ctx.cc} time (${ctx.zone}).`;
  const form = actionForm('shift', heading, intro, fields, original ? 'Save the change' : 'Add the shift', async (form, message) => {
    const v = name => form.elements[name].value;
    const shift = { person: v('person'), role: v('role'),
      start: zonedInstant(v('startDay'), v('startTime'), ctx.zone).toISOString(), end: zonedInstant(v('endDay'), v('endTime'), ctx.zone).toISOString() };
    if (original && sameShift(original, shift)) {
      render(message, h('p', { class: 'error', role: 'alert' }, 'Nothing is changed yet: change a field, or close this form.'));
      return;
    }
    await replaceShifts(ctx.cc, { remove: original, add: shift });
    const what = `${shift.person} as ${ROLE_WORD[shift.role]}, ${span(`${v('startDay')}T${v('startTime')}`, `${v('endDay')}T${v('endTime')}`)}`;
    await ctx.reload(original ? `Shift changed: ${what}.` : `Shift added: ${what}.`);
  });
  form.noValidate = true; // the service names what is wrong, beside each field
  return form;
}

/** A day and a time of the country's clock, as one field of the form (its errors beside the day). */
function dayTime(name, legend, value, days) {
  const id = `shift-${name}`;
  const times = TIMES.includes(value.time) ? TIMES : [...TIMES, value.time].sort();
  return h('fieldset', { class: 'day-time', dataset: { field: name } }, h('legend', {}, legend),
    h('div', { class: 'inline-form' },
      h('div', {}, h('label', { for: `${id}-day` }, 'Day'),
        select(`${name}Day`, days.map(d => ({ value: d, label: dayLabel(d) })), value.date, { id: `${id}-day`, 'aria-describedby': `${id}-day-error` })),
      h('div', {}, h('label', { for: `${id}-time` }, 'Time'), select(`${name}Time`, times, value.time, { id: `${id}-time` }))),
    h('div', { class: 'field-error', id: `${id}-day-error`, 'aria-live': 'polite' }));
}

const sameShift = (a, b) => a.person === b.person && a.role === b.role && Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end);

/**
 * Removes {@code remove} and/or adds {@code add} in one PUT over the smallest window holding their starts, resending the
 * other shifts that start in it as the service holds them now. Errors about the added shift name its field alone.
 * Another keeper's change in that window between the read and the write is overwritten: the API has no version to
 * check against.
 */
async function replaceShifts(cc, { remove, add }) {
  const starts = [remove, add].filter(Boolean).map(s => Date.parse(s.start));
  const from = new Date(Math.min(...starts)).toISOString();
  const to = new Date(Math.max(...starts) + MINUTE).toISOString();
  const now = await get(`/api/v1/countries/${cc}/roster?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  const held = now.shifts.filter(s => Date.parse(s.start) >= Date.parse(from) && Date.parse(s.start) < Date.parse(to));
  if (remove) {
    const i = held.findIndex(s => sameShift(s, remove));
    if (i < 0) {
      throw new ApiError(409, { title: 'Changed meanwhile', detail: `${remove.person}'s shift is no longer on the roster as this page shows it: `
        + 'someone has changed it meanwhile. Show the week again and retry.' });
    }
    held.splice(i, 1);
  }
  const shifts = held.map(s => ({ person: s.person, role: s.role, start: s.start, end: s.end }));
  if (add) shifts.push(add);
  try {
    return await api('PUT', `/api/v1/countries/${cc}/roster`, { from, to, shifts });
  } catch (e) {
    throw add ? aboutTheForm(e, shifts.length - 1) : e;
  }
}

/** The service's "shifts[3].end" is the form's "end" when shift 3 is the one the form sent. */
function aboutTheForm(e, index) {
  if (!e.problem || !Array.isArray(e.problem.errors)) return e;
  const errors = e.problem.errors.map(x => {
    const m = String(x.field || '').match(/^(?:body\.)?shifts\[(\d+)\]\.(\w+)$/);
    return m && Number(m[1]) === index ? { ...x, field: m[2] } : x;
  });
  return new ApiError(e.status, { ...e.problem, errors });
}

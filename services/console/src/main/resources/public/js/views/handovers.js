// The shift handover log of a country (contact-points' RosterController): the outgoing duty officer writes what the
// incoming one needs to know; the country's people, the coordinators and the auditors read it, a page at a time. The
// API keeps no acknowledgement of a handover, so the page offers none.
import { get, post, session } from '../api.js';
import { h, render, when, errorBox, field, problemText, pager } from '../dom.js';
import { actionForm } from './action-forms.js';
import { select } from './incident-fields.js';
import { wallClock, dayLabel } from '../zoned.js';

const PAGE_SIZE = 10;

/** The section: the form for those who may hand over (its NCP and duty officers), then the log as the service shows it. */
export async function handoverSection(ctx, mayWrite) {
  const nameOf = username => {
    const person = ctx.people.find(p => p.username === username);
    return person && person.name ? `${person.name} (${username})` : username;
  };
  const holder = h('div', { id: 'handover-log-holder' });
  const load = async page => {
    try {
      const list = await get(`/api/v1/countries/${ctx.cc}/handovers?page=${page}&size=${PAGE_SIZE}`);
      render(holder, list.items.length
        ? h('ol', { id: 'handover-log', class: 'handovers' }, list.items.map(x => entry(x, ctx, nameOf)))
        : h('p', { id: 'handover-log-empty', class: 'muted' }, `No handover of ${ctx.cc} yet.`),
      pager(list, load, 'handovers'));
    } catch (e) {
      render(holder, e.status === 403
        ? h('p', { id: 'handover-problem', class: 'error', role: 'alert' },
          `The handover log of ${ctx.cc} is kept for its own people, the coordinators and the auditors. `, problemText(e))
        : errorBox(e));
    }
  };
  await load(0);
  return h('section', { class: 'card', 'aria-labelledby': 'handovers-heading' },
    h('h2', { id: 'handovers-heading' }, `Shift handovers of ${ctx.cc}`),
    mayWrite ? handoverForm(ctx, nameOf) : '',
    h('h3', {}, 'The log, newest first'), holder);
}

function entry(handover, ctx, nameOf) {
  const at = wallClock(handover.handedOverAt, ctx.zone);
  const mine = handover.to && handover.to === session.get().username;
  return h('li', { class: 'handover', dataset: { handoverId: handover.id, from: handover.from, to: handover.to || '' } },
    h('p', { class: 'handover-head' },
      h('strong', {}, nameOf(handover.from)), ' → ', handover.to ? h('strong', {}, nameOf(handover.to)) : h('span', { class: 'muted' }, 'nobody named'),
      mine ? [' ', h('span', { class: 'badge for-you' }, 'to you')] : '',
      h('span', { class: 'muted' }, ' · ', h('time', { datetime: handover.handedOverAt, title: `your time: ${when(handover.handedOverAt)}` },
        `${dayLabel(at.date)} ${at.time}`), ` ${ctx.cc} time`)),
    h('p', { class: 'notes' }, handover.notes));
}

function handoverForm(ctx, nameOf) {
  const me = session.get().username;
  const people = [{ value: '', label: 'The next primary on the roster' },
    ...ctx.people.filter(p => p.username !== me).map(p => ({ value: p.username, label: nameOf(p.username) }))];
  const form = actionForm('handover', 'Hand over the shift', 'For the officer who takes over: open incidents, what is waiting, what to watch.', [
    field('Hand over to', select('to', people, '', { id: 'handover-to' })),
    field('What the incoming officer needs to know', h('textarea', { name: 'notes', id: 'handover-notes', maxlength: 5000, rows: 5 })),
  ], 'Record the handover', async form => {
    const r = await post(`/api/v1/countries/${ctx.cc}/handovers`, { notes: form.elements.notes.value, to: form.elements.to.value || null });
    await ctx.reload(`Handover to ${r.body.to ? nameOf(r.body.to) : 'nobody named (no primary is rostered next)'} recorded.`);
  });
  form.noValidate = true; // the service names what is missing, beside its field
  return form;
}

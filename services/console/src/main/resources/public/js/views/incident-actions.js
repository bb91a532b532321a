// What the reporting CSIRT does with its incident after filing it (incident-reporting's IncidentActionsController):
// correct it, reply to the early warning, request an intermediate report, close it, retract it. Each is offered only
// to the reporting country's duty officers and NCP, and only while the incident's state allows it.
import { api, post, session } from '../api.js';
import { h, render, countdown, when, field } from '../dom.js';
import { countries } from '../reference.js';
import { SEVERITIES, TLPS, PAPS, select, countryChecks, checked, localInput, instantOf } from './incident-fields.js';
import { disclosure, actionForm, confirmed } from './action-forms.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Greece signs in as EL or GR; the service stores GR. */
export const countryCode = c => (c === 'EL' ? 'GR' : c);

/** May the person act for the incident's reporting country (DUTY_OFFICER or NCP of that country)? */
export function actsFor(incident) {
  const me = session.get();
  return !!me && countryCode(me.country) === incident.reporterCountry && session.has('DUTY_OFFICER', 'NCP');
}

const clockOf = (incident, stage) => (incident.deadlines || []).find(d => d.stage === stage) || {};

/**
 * The card of actions for this incident, or '' when the person may take none. {@code reload(notice)} shows the incident
 * again with the notice on top.
 */
export async function incidentActions(incident, reload) {
  if (!actsFor(incident) || incident.status === 'RETRACTED') return '';
  const open = incident.status === 'OPEN';
  const all = open ? await countries() : [];
  const panels = [];
  const buttons = [];
  const notes = [];
  const offer = (id, label, panel) => {
    const [button, shown] = disclosure(id, label, panel);
    buttons.push(button);
    panels.push(shown);
  };
  if (open) {
    offer('correction', 'Correct…', correctionForm(incident, all, reload));
    const reply = clockOf(incident, 'CSIRT_RESPONSE');
    if (!reply.submittedAt) offer('reply', 'Reply to the early warning…', replyForm(incident, reply, reload));
    const intermediate = intermediateOffer(incident, reload);
    if (intermediate.form) offer('intermediate', 'Request an intermediate report…', intermediate.form);
    else notes.push(intermediate.note);
    offer('closure', 'Close…', closureForm(incident, reload));
  }
  offer('retraction', 'Retract…', retractionForm(incident, reload));
  return h('div', { class: 'card', id: 'incident-actions', style: 'margin-top: 1rem' },
    h('h2', {}, 'Act on this incident'),
    h('p', { class: 'muted' }, open ? `As ${incident.reporterCountry}'s CSIRT you may correct, answer, request, close or retract it.`
      : `The incident is ${incident.status.toLowerCase()}: it can no longer be corrected, only its final report filed or the incident retracted.`),
    notes, h('div', { class: 'toolbar' }, buttons), panels);
}

function correctionForm(incident, all, reload) {
  const tlp = select('tlp', TLPS, incident.tlp);
  const recipients = h('fieldset', { 'data-field': 'recipients', hidden: incident.tlp !== 'RED' },
    h('legend', {}, 'Recipients (TLP:RED: only the countries named here are alerted)'),
    countryChecks('recipients', all, incident.reporterCountry, incident.recipients || []), h('div', { class: 'field-error' }));
  tlp.addEventListener('change', () => { recipients.hidden = tlp.value !== 'RED'; });
  const fields = [
    field('Title', h('input', { name: 'title', maxlength: 300, value: incident.title || '' })),
    field('Summary', h('textarea', { name: 'summary' }, incident.summary || '')),
    field('Severity', select('severity', SEVERITIES, incident.severity)),
    field('TLP', tlp), field('PAP', select('pap', PAPS, incident.pap)),
    h('fieldset', { 'data-field': 'affectedCountries' }, h('legend', {}, 'Affected countries'),
      countryChecks('affectedCountries', all, null, incident.affectedCountries || []), h('div', { class: 'field-error' })),
    recipients,
    h('label', {}, h('input', { type: 'checkbox', name: 'crossBorder', checked: incident.crossBorder }), ' May have cross-border impact'),
    field('Why it is corrected (kept in the incident’s history)', h('textarea', { name: 'note', required: true })),
  ];
  const form = actionForm('correction', 'Correct the incident', 'Only what you change is sent; every country alerted for it is told.',
    fields, 'Save the correction', async (form, message) => {
      const body = changes(form, incident);
      if (Object.keys(body).length === 0) {
        render(message, h('p', { class: 'error', role: 'alert' }, 'Nothing is changed yet: change a field, or close this form.'));
        return;
      }
      body.note = form.elements.note.value;
      const r = await api('PATCH', `/api/v1/incidents/${incident.id}`, body);
      await reload(`Correction saved: version ${r.body.version}.`);
    });
  form.noValidate = true; // the service names what is wrong, beside each field
  return form;
}

/** The fields of the correction form that differ from the incident: a correction sends only what changes. */
function changes(form, incident) {
  const body = {};
  const v = name => form.elements[name].value;
  for (const [name, current] of [['title', incident.title || ''], ['summary', incident.summary || ''], ['severity', incident.severity],
    ['tlp', incident.tlp], ['pap', incident.pap]]) {
    if (v(name) !== current) body[name] = v(name);
  }
  const same = (a, b) => [...a].sort().join() === [...b].sort().join();
  const affected = checked(form, 'affectedCountries');
  if (!same(affected, incident.affectedCountries || [])) body.affectedCountries = affected;
  if (form.elements.crossBorder.checked !== !!incident.crossBorder) body.crossBorder = form.elements.crossBorder.checked;
  const named = v('tlp') === 'RED' ? checked(form, 'recipients') : [];
  if (v('tlp') === 'RED' && !same(named, incident.recipients || [])) body.recipients = named;
  return body;
}

/** NIS2 Art. 23(5): the CSIRT replies to the entity's early warning within 24 h of receiving it; the clock shows how long is left. */
function replyForm(incident, clock, reload) {
  const due = clock.dueAt
    ? h('p', { id: 'reply-clock' }, 'Our reply is ', clock.state === 'OVERDUE' ? h('strong', { class: 'error' }, 'overdue: ') : '',
      countdown(clock.dueAt, 'due in'), ` (by ${when(clock.dueAt)}).`)
    : h('p', { id: 'reply-clock', class: 'muted' }, clock.text || 'Due 24 h after the early warning.');
  return actionForm('reply', 'Reply to the early warning', 'NIS2 Art. 23(5): the CSIRT’s initial feedback to the entity, within 24 h.',
    [due, field('What we told the entity (optional)', h('textarea', { name: 'note' }))],
    'Record our reply', async form => {
      await post(`/api/v1/incidents/${incident.id}/csirt-response`, { note: form.elements.note.value || null });
      await reload('Reply to the early warning recorded.');
    });
}

/** An intermediate report is requested after the notification, one at a time: the form, or a note saying why not now. */
function intermediateOffer(incident, reload) {
  const notification = clockOf(incident, 'NOTIFICATION');
  const intermediate = clockOf(incident, 'INTERMEDIATE');
  if (!notification.submittedAt) {
    return { note: h('p', { class: 'muted', id: 'intermediate-note' }, 'An intermediate report can be requested once the notification is in.') };
  }
  if (intermediate.dueAt && !intermediate.submittedAt) {
    return { note: h('p', { class: 'muted', id: 'intermediate-note' }, `An intermediate report is requested, due ${when(intermediate.dueAt)}.`) };
  }
  const form = actionForm('intermediate', 'Request an intermediate report',
    'NIS2 Art. 23(4)(c): the entity reports on relevant status updates at the CSIRT’s request, by the date you set.',
    [field('Due (your local time)', h('input', { name: 'dueAt', type: 'datetime-local', value: localInput(Date.now() + WEEK_MS), required: true }))],
    'Request the report', async form => {
      await post(`/api/v1/incidents/${incident.id}/report-requests`, { dueAt: instantOf(form.elements.dueAt.value) });
      await reload('Intermediate report requested.');
    });
  return { form };
}

function closureForm(incident, reload) {
  return actionForm('closure', 'Close the incident', 'Closing ends the incident and its protocol case; only the final report may still be filed.',
    [field('Handled at (your local time)', h('input', { name: 'handledAt', type: 'datetime-local', value: localInput(), required: true }),
      'When the incident stopped affecting the entity: between the awareness and now.'),
    field('Why it is closed', h('textarea', { name: 'reason', maxlength: 2000 }))],
    'Close the incident…', async form => {
      if (!await confirmed(form, `Close ${incident.reference}?`,
        'A closed incident cannot be reopened or corrected, and its protocol case closes. This cannot be undone.', 'Close it')) return;
      await post(`/api/v1/incidents/${incident.id}/closure`, { handledAt: instantOf(form.elements.handledAt.value), reason: form.elements.reason.value || null });
      await reload(`${incident.reference} is closed.`);
    });
}

function retractionForm(incident, reload) {
  return actionForm('retraction', 'Retract the incident', 'Retract it when it turns out not to be an incident after all.',
    [field('Why it is retracted', h('textarea', { name: 'reason', required: true, maxlength: 2000 }))],
    'Retract the incident…', async form => {
      if (!await confirmed(form, `Retract ${incident.reference}?`,
        'The incident takes no more reports, its protocol case closes and every alert about it is recalled. This cannot be undone.',
        'Retract it')) return;
      await post(`/api/v1/incidents/${incident.id}/retraction`, { reason: form.elements.reason.value });
      await reload(`${incident.reference} is retracted.`);
    });
}

// Filing and following incidents: the early warning form, the later NIS2 stages, each stage's clock, and the case.
import { get, post, session } from '../api.js';
import { h, render, titled, severityBadge, tlpBadge, exerciseBadge, countdown, when, errorBox, field, showFieldErrors, problemText } from '../dom.js';
import { countries, taxonomy } from '../reference.js';
import { SEVERITIES, TLPS, PAPS, select, countryChecks, checked, localInput } from './incident-fields.js';
import { actsFor, incidentActions } from './incident-actions.js';

const STAGES = ['NOTIFICATION', 'INTERMEDIATE', 'PROGRESS', 'FINAL'];

function nextDeadline(d) {
  if (!d) return '—';
  return h('span', { class: `state-${d.state}` }, `${d.stage}: `, d.state === 'PENDING' ? countdown(d.dueAt, 'due in') : d.text);
}

export async function incidentsView() {
  const mode = new URLSearchParams(location.hash.split('?')[1] || '').get('mode') || 'REAL';
  const page = await get(`/api/v1/incidents?mode=${mode}&size=100`);
  const rows = page.items.map(i => h('tr', {},
    h('td', {}, h('a', { href: `#/incidents/${i.id}` }, i.reference)),
    h('td', {}, exerciseBadge(i.mode), ' ', titled(i)),
    h('td', {}, i.reporterCountry), h('td', {}, severityBadge(i.severity)), h('td', {}, tlpBadge(i.tlp)),
    h('td', {}, i.stage, i.status !== 'OPEN' ? ` (${i.status})` : ''), h('td', {}, nextDeadline(i.nextDeadline))));
  return { node: h('section', {},
    h('h1', {}, 'Incidents'),
    h('div', { class: 'toolbar' },
      session.has('DUTY_OFFICER') ? h('a', { class: 'button', href: '#/incidents/new', id: 'file-incident' }, 'File an early warning') : '',
      h('span', { class: 'muted' }, `${page.total} incident(s) you may read`)),
    h('table', {}, h('caption', { class: 'visually-hidden' }, 'Incidents, newest first'),
      h('thead', {}, h('tr', {}, ['Reference', 'Title', 'Reporter', 'Severity', 'TLP', 'Stage', 'Next deadline'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 7, class: 'muted' }, 'No incidents.'))))) };
}

export async function incidentFormView() {
  const me = session.get();
  const [rsit, nis2, all] = await Promise.all([taxonomy('rsit'), taxonomy('nis2'), countries()]);
  const classes = rsit.predicates.map(p => ({ value: p.value, label: p.expanded || p.value }));
  const typesOf = cls => ((rsit.values || []).find(v => v.predicate === cls) || { entry: [] }).entry.map(e => ({ value: e.value, label: e.expanded || e.value }));
  const sectors = ((nis2.values || []).find(v => v.predicate === 'impact-sectors-impacted') || { entry: [] }).entry;
  const rsitType = select('rsitType', typesOf(classes[0].value), null);
  const rsitClass = select('rsitClass', classes, classes[0].value, { onchange: () => render(rsitType, typesOf(rsitClass.value).map(t => h('option', { value: t.value }, t.label))) });
  const tlp = select('tlp', TLPS, 'AMBER');
  const recipients = h('fieldset', { hidden: true, 'data-field': 'recipients' }, h('legend', {}, 'Recipients (TLP:RED: only the countries named here are alerted)'),
    countryChecks('recipients', all, me.country), h('div', { class: 'field-error' }));
  tlp.addEventListener('change', () => { recipients.hidden = tlp.value !== 'RED'; });
  const message = h('div');
  const form = h('form', { class: 'card', id: 'incident-form', novalidate: true },
    field('Title', h('input', { name: 'title', required: true, maxlength: 300 })),
    field('Summary', h('textarea', { name: 'summary' })),
    field('Aware since (your local time)', h('input', { name: 'awareAt', type: 'datetime-local', value: localInput(), required: true })),
    field('Severity', select('severity', SEVERITIES, 'HIGH')),
    field('RSIT class', rsitClass), field('RSIT type', rsitType),
    field('TLP', tlp), field('PAP', select('pap', PAPS, 'AMBER')),
    h('fieldset', { 'data-field': 'affectedCountries' }, h('legend', {}, 'Affected countries'), countryChecks('affectedCountries', all, null), h('div', { class: 'field-error' })),
    recipients,
    h('label', {}, h('input', { type: 'checkbox', name: 'crossBorder' }), ' May have cross-border impact'),
    h('label', {}, h('input', { type: 'checkbox', name: 'suspectedMalicious' }), ' Suspected malicious'),
    h('fieldset', { 'data-field': 'sectors' }, h('legend', {}, 'Sectors (NIS2)'),
      h('div', { class: 'checks' }, sectors.map(s => h('label', {}, h('input', { type: 'checkbox', name: 'sectors', value: s.value }), s.expanded || s.value))),
      h('div', { class: 'field-error' })),
    h('p', {}, h('button', { type: 'submit', id: 'submit-incident' }, 'File early warning')), message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = name => form.elements[name].value;
    const body = {
      title: v('title'), summary: v('summary') || null, awareAt: v('awareAt') ? new Date(v('awareAt')).toISOString() : null,
      severity: v('severity'), rsitClass: v('rsitClass'), rsitType: v('rsitType'), tlp: v('tlp'), pap: v('pap'),
      affectedCountries: checked(form, 'affectedCountries'), crossBorder: form.elements.crossBorder.checked,
      suspectedMalicious: form.elements.suspectedMalicious.checked, sectors: checked(form, 'sectors'),
    };
    if (body.tlp === 'RED') body.recipients = checked(form, 'recipients');
    form.querySelector('button[type=submit]').disabled = true;
    try {
      const r = await post('/api/v1/incidents', body);
      location.hash = `#/incidents/${r.body.id}`;
    } catch (err) {
      const rest = showFieldErrors(form, err);
      render(message, errorBox(rest.length ? err : { problem: { title: err.problem.title, detail: err.problem.detail }, status: err.status }));
      form.querySelector('button[type=submit]').disabled = false;
    }
  });
  return { node: h('section', {}, h('h1', {}, `File an early warning — ${me.country}`),
    h('p', { class: 'muted' }, 'NIS2 Art. 23(4)(a): within 24 h of awareness. Later stages are filed from the incident.'), form) };
}

function deadlinesTable(deadlines) {
  return h('table', { id: 'deadlines' }, h('thead', {}, h('tr', {}, ['Stage', 'Due', 'Submitted', 'State'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, deadlines.map(d => h('tr', { dataset: { stage: d.stage } }, h('td', {}, d.stage), h('td', {}, when(d.dueAt)), h('td', {}, when(d.submittedAt)),
      // A clock that waits for something else (the final report for the notification) is PENDING with no date yet.
      h('td', { class: `state-${d.state}` }, d.state === 'PENDING' && d.dueAt ? countdown(d.dueAt, 'due in') : d.text || d.state)))));
}

/** The next NIS2 report: any later stage while the incident is open, only the final one once it is closed. */
async function reportForm(incident, onFiled) {
  const id = incident.id;
  const closed = incident.status === 'CLOSED';
  const stages = closed ? ['FINAL'] : STAGES;
  const nis2 = await taxonomy('nis2').catch(() => ({ values: [] }));
  const causes = ((nis2.values || []).find(v => v.predicate === 'nature-root-cause') || { entry: [] }).entry
    .map(e => ({ value: e.value, label: e.expanded || e.value }));
  const message = h('div');
  const form = h('form', { class: 'card', id: 'report-form' },
    h('h2', {}, closed ? 'File the final report' : 'File the next report'),
    field('Stage', select('stage', stages, stages[0])),
    field('Summary / where things stand', h('textarea', { name: 'summary' })),
    field('Severity (notification)', select('severity', ['', ...SEVERITIES], '')),
    field('Affected users', h('input', { name: 'affectedUsers', type: 'number', min: 0 })),
    field('Financial loss (EUR)', h('input', { name: 'financialLossEur', type: 'number', min: 0 })),
    field('Root cause (final)', select('rootCause', [{ value: '', label: '—' }, ...causes], '')),
    field('Root cause in words (final)', h('textarea', { name: 'rootCauseDescription' })),
    field('Mitigations applied (final)', h('textarea', { name: 'mitigationsApplied' })),
    h('p', {}, h('button', { type: 'submit' }, 'Submit report')), message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = name => form.elements[name].value;
    const num = name => v(name) === '' ? null : Number(v(name));
    const body = { stage: v('stage'), summary: v('summary') || null, severity: v('severity') || null, rootCause: v('rootCause') || null,
      rootCauseDescription: v('rootCauseDescription') || null, mitigationsApplied: v('mitigationsApplied') || null };
    if (num('affectedUsers') !== null || num('financialLossEur') !== null) {
      body.impact = { affectedUsers: num('affectedUsers'), financialLossEur: num('financialLossEur') };
    }
    try {
      await post(`/api/v1/incidents/${id}/reports`, body);
      await onFiled(`${body.stage} report submitted.`);
    } catch (err) {
      showFieldErrors(form, err);
      render(message, errorBox(err));
    }
  });
  return form;
}

/** The playbook checklist of the caller's country for this incident, with a tick (and a note) per step. */
async function checklistBlock(id, mode) {
  let page;
  try {
    page = await get(`/api/v1/checklists?incidentId=${id}&mode=${mode}`);
  } catch (e) {
    return '';
  }
  const lists = page.items || [];
  if (!lists.length) return h('div', { class: 'card muted', id: 'checklist' }, 'No playbook of your national plan applies to this classification.');
  return lists.map(list => {
    const block = h('div', { class: 'card', id: 'checklist' });
    const fill = l => render(block,
      h('h2', {}, `Checklist — ${l.country}, plan v${l.planVersion}`),
      h('p', { class: 'progress' }, `containment ${l.progress.containment}, repair ${l.progress.repair}`,
        l.progress.overdueSteps ? h('strong', { class: 'error' }, ` · ${l.progress.overdueSteps} overdue`) : ''),
      h('ol', {}, l.steps.map(step => h('li', { dataset: { step: step.id } },
        h('strong', {}, `${step.phase.toLowerCase()}: ${step.title}`), step.ownerRole ? ` (${step.ownerRole})` : '', step.reportToEu ? ' · reported to the EU' : '',
        ' · ', step.done ? h('span', { class: 'state-ON_TIME' }, `done by ${step.doneBy} · ${when(step.doneAt)}${step.note ? ' — ' + step.note : ''}`)
          : h('span', {}, step.overdue ? h('strong', { class: 'error' }, 'overdue ') : '', countdown(step.dueAt, 'due in'), ' ',
            h('button', { type: 'button', class: 'secondary tick', onclick: async () => {
              const note = prompt(`Note for "${step.title}" (optional)`) || null;
              try { fill(await post(`/api/v1/checklists/${l.id}/steps/${step.id}/tick`, { note }).then(r => r.body)); } catch (e) { block.append(errorBox(e)); }
            } }, 'Tick'))))));
    fill(list);
    return block;
  });
}

async function caseSummary(id) {
  try {
    const c = await get(`/api/v1/cases/${id}`);
    return h('div', { class: 'card', id: 'incident-case' }, h('h2', {}, 'Protocol case'),
      h('p', {}, 'Level ', h('span', { class: `level level-${c.level}` }, c.level), ` · ${c.status} · acknowledged ${c.counts.acknowledged}/${c.counts.recipients}`,
        ` · delivered ${c.counts.delivered}/${c.counts.recipients}`, ' · ', h('a', { href: `#/cases/${id}` }, 'open the case board')));
  } catch (e) {
    return h('div', { class: 'card muted' }, e.status === 404 ? 'No protocol case (yet) for this incident.' : problemText(e));
  }
}

/** How the incident ended, when it has: closed after handling, or retracted, by whom and why. */
function ended(incident) {
  const end = incident.ended;
  if (!end || incident.status === 'OPEN') return '';
  return [h('dt', {}, 'Ended'), h('dd', { id: 'incident-ended' }, `${incident.status.toLowerCase()} ${when(end.at)} by ${end.by}`,
    incident.handledAt ? ` · handled ${when(incident.handledAt)}` : '', end.reason ? ` — ${end.reason}` : '')];
}

/** One incident; {@code notice} says what the person just did to it (shown on top, focused). */
export async function incidentView(id, notice) {
  let incident;
  try {
    incident = await get(`/api/v1/incidents/${id}`);
  } catch (e) {
    if (e.status === 403 || e.status === 404) {
      return { node: h('section', {}, h('h1', {}, 'Incident not available'),
        h('p', { class: 'error', role: 'alert', id: 'not-permitted' }, 'You may not read this incident (TLP rules) or it does not exist.')) };
    }
    throw e;
  }
  if (incident.mode === 'EXERCISE') document.getElementById('exercise-banner').hidden = false;
  const actor = actsFor(incident);
  const holder = h('div');
  const reload = async done => {
    const fresh = await incidentView(id, done);
    if (!location.hash.startsWith(`#/incidents/${id}`)) return; // the person has moved on meanwhile
    render(document.getElementById('view'), fresh.node);
    const shown = document.getElementById('incident-action-result');
    if (shown) shown.focus();
  };
  const escalate = actor && incident.status === 'OPEN'
    ? h('button', { type: 'button', class: 'secondary', id: 'request-escalation', onclick: async () => {
      try {
        await post(`/api/v1/incidents/${id}/escalation-requests`, { reason: 'requested from the console' });
        render(holder, h('p', { role: 'status' }, 'Escalation to OPERATIONAL requested.'));
      } catch (e) { render(holder, errorBox(e)); }
    } }, 'Request escalation to OPERATIONAL') : '';
  const finalDue = incident.status === 'CLOSED' && !(incident.deadlines || []).some(d => d.stage === 'FINAL' && d.submittedAt);
  return { node: h('section', {},
    h('h1', {}, exerciseBadge(incident.mode), ' ', incident.reference, ' — ', titled(incident),
      incident.status !== 'OPEN' ? [' ', h('span', { class: 'badge', id: 'incident-status-badge' }, incident.status)] : ''),
    notice ? h('p', { class: 'ok', role: 'status', id: 'incident-action-result', tabindex: '-1' }, notice) : '',
    h('div', { class: 'card' }, h('dl', { class: 'facts' },
      h('dt', {}, 'Reporter'), h('dd', {}, incident.reporterCountry, ' · ', incident.reportedBy),
      h('dt', {}, 'Stage'), h('dd', { id: 'incident-stage' }, incident.stage, ' · ', incident.status),
      ended(incident),
      h('dt', {}, 'Marking'), h('dd', {}, severityBadge(incident.severity), ' ', tlpBadge(incident.tlp), ` PAP:${incident.pap}`),
      h('dt', {}, 'RSIT'), h('dd', {}, `${incident.rsitClass} / ${incident.rsitType}`),
      h('dt', {}, 'Affected'), h('dd', {}, (incident.affectedCountries || []).join(', ') || '—', incident.crossBorder ? ' · cross-border' : ''),
      h('dt', {}, 'Aware since'), h('dd', {}, when(incident.awareAt)),
      h('dt', {}, 'Significant'), h('dd', {}, incident.significant ? 'yes (2024/2690 / NIS2 Art. 23(3))' : 'not on what was declared'),
      h('dt', {}, 'Summary'), h('dd', { id: 'incident-summary' }, incident.summary || '—'),
      h('dt', {}, 'Version'), h('dd', { id: 'incident-version' }, `${incident.version} · updated ${when(incident.updatedAt)}`))),
    h('h2', {}, 'NIS2 clocks'), deadlinesTable(incident.deadlines || []),
    await incidentActions(incident, reload),
    escalate, holder,
    await caseSummary(id),
    await checklistBlock(id, incident.mode),
    actor && (incident.status === 'OPEN' || finalDue) ? await reportForm(incident, reload) : '') };
}

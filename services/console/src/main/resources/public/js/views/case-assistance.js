// Assistance on a case (escalation's AssistanceController): a country taking part asks for help of a kind, naming
// countries to ask besides those whose national plan declares that kind; the others offer; the requesting country
// accepts or declines each offer; a request for the EU Cybersecurity Reserve goes to the coordinators, who activate it
// or refuse it. Each request is shown with its offers and every decision.
import { post } from '../api.js';
import { h, when, field, errorBox } from '../dom.js';
import { select, countryChecks, checked, instantOf } from './incident-fields.js';
import { disclosure, actionForm, confirmed } from './action-forms.js';

const RESERVE = 'EU_CYBERSECURITY_RESERVE';
const KINDS = [
  { value: 'CONTAINMENT', label: 'Containment' }, { value: 'REPAIR', label: 'Repair' }, { value: 'FORENSICS', label: 'Forensics' },
  { value: 'COORDINATION', label: 'Coordination' }, { value: 'OTHER', label: 'Other' },
  { value: RESERVE, label: 'EU Cybersecurity Reserve (the coordinators decide)' },
];
const kindName = kind => kind === RESERVE ? 'the EU Cybersecurity Reserve' : ((KINDS.find(k => k.value === kind) || { label: kind }).label).toLowerCase();
const lines = text => text.split('\n').map(s => s.trim()).filter(Boolean);

/**
 * The section. {@code acts}: what the person may do here ({@code country}, {@code requests}: ask for assistance,
 * {@code offers}: offer on another country's request, {@code coordinator}: decide on the Reserve).
 */
export function assistanceSection({ c, requests, acts, all, reload, notice }) {
  let opener = '';
  let form = '';
  if (acts.requests) {
    form = requestForm(c, acts, all, reload);
    [opener] = disclosure('assistance-request', 'Request assistance…', form);
  }
  const list = requests instanceof Error ? errorBox(requests)
    : requests.length ? h('ol', { class: 'plain', id: 'assistance-list', 'aria-label': 'Assistance requests, newest first' },
      [...requests].sort((a, b) => String(b.requestedAt).localeCompare(String(a.requestedAt))).map(r => requestItem(c, r, acts, reload)))
      : h('p', { class: 'muted', id: 'assistance-list' }, 'No assistance requested yet.');
  return h('section', { class: 'card', id: 'assistance', 'aria-labelledby': 'assistance-title' },
    h('h2', { id: 'assistance-title' }, 'Assistance'), notice || '',
    opener ? h('div', { class: 'toolbar' }, opener) : '', form, list);
}

function requestForm(c, acts, all, reload) {
  const kind = select('kind', [{ value: '', label: 'Choose…' }, ...KINDS], '');
  const countries = h('fieldset', { 'data-field': 'countries', id: 'assistance-countries' },
    h('legend', {}, 'Countries to ask (besides those whose national plan declares this kind)'),
    countryChecks('countries', all.filter(x => x.member), acts.country), h('div', { class: 'field-error' }));
  const reserve = h('fieldset', { id: 'reserve-part', hidden: true }, h('legend', {}, 'The Reserve’s questions (Regulation (EU) 2025/38)'),
    field('Entities affected (one a line)', h('textarea', { name: 'reserve.entities', rows: 3 })),
    field('Where support is needed (one place a line)', h('textarea', { name: 'reserve.locations', rows: 3 })),
    h('div', { class: 'inline-form' },
      field('Support expected for', h('input', { name: 'reserve.expectedDuration', type: 'number', min: 1, step: 1, class: 'narrow' })),
      field('Unit', select('durationUnit', [{ value: 'D', label: 'days' }, { value: 'H', label: 'hours' }], 'D'))),
    field('Measures taken already', h('textarea', { name: 'reserve.mitigation', rows: 3 })));
  kind.addEventListener('change', () => {
    reserve.hidden = kind.value !== RESERVE;
    countries.hidden = kind.value === RESERVE; // the Reserve is asked of the coordinators, never of countries
  });
  const fields = [
    field('Kind of assistance', kind),
    field('What is needed', h('textarea', { name: 'needs', maxlength: 5000 })),
    field('Needed by (your local time, optional)', h('input', { name: 'neededBy', type: 'datetime-local' })),
    countries, reserve,
  ];
  const form = actionForm('assistance-request', `Request assistance for ${acts.country}`,
    'The countries asked get it in their inbox and may offer; you then accept or decline each offer.',
    fields, 'Send the request', async f => {
      const v = name => f.elements[name].value;
      const body = { kind: v('kind') || null, needs: v('needs') || null, neededBy: instantOf(v('neededBy')) };
      if (body.kind === RESERVE) {
        const amount = v('reserve.expectedDuration');
        body.reserve = { entities: lines(v('reserve.entities')), locations: lines(v('reserve.locations')),
          expectedDuration: amount === '' ? null : (v('durationUnit') === 'H' ? `PT${amount}H` : `P${amount}D`),
          mitigation: v('reserve.mitigation') || null };
      } else if (checked(f, 'countries').length) {
        body.countries = checked(f, 'countries');
      }
      const r = (await post(`/api/v1/cases/${c.incidentId}/assistance-requests`, body)).body;
      const reached = [...new Set([...(body.countries || []), ...(r.suggestions || []).map(s => s.country)])].filter(cc => cc !== r.country);
      await reload({ section: 'assistance', text: r.kind === RESERVE ? 'The Reserve is asked of the coordinators.'
        : `Assistance requested${reached.length ? `: asked of ${reached.sort().join(', ')}` : ''}.` });
    });
  form.noValidate = true;
  return form;
}

function requestItem(c, r, acts, reload) {
  const reserve = r.kind === RESERVE;
  const decides = acts.decides && acts.country === r.country;
  return h('li', { class: 'request', dataset: { requestId: r.id, status: r.status, kind: r.kind, country: r.country } },
    h('h3', {}, `${r.country} asks for ${kindName(r.kind)} `, h('span', { class: `badge request-${r.status}` }, r.status.toLowerCase())),
    h('p', { class: 'muted byline' }, `by ${r.requestedBy} · ${when(r.requestedAt)}`, r.neededBy ? ` · needed by ${when(r.neededBy)}` : ''),
    h('p', { class: 'text needs' }, r.needs || (c.disclosure !== 'CONTENT' ? `(what is needed is withheld under TLP:${c.tlp})` : '')),
    reserve ? reservePart(r) : asked(r),
    reserve ? reserveDecision(c, r, acts, reload) : offers(c, r, decides, acts, reload),
    !reserve && acts.offers && r.status === 'OPEN' && acts.country !== r.country ? offerPanel(c, r, reload) : '');
}

function asked(r) {
  const suggested = (r.suggestions || []).map(s => s.country).filter(cc => cc !== r.country);
  return h('p', { class: 'muted suggested' }, suggested.length
    ? `Also asked, as their national plan declares ${kindName(r.kind)}: ${suggested.join(', ')}.`
    : `No national plan in force declares ${kindName(r.kind)}: only the countries named were asked.`);
}

/** "14 days", "72 hours": the ISO 8601 duration the request carries, in words where it is that simple. */
function duration(iso) {
  const m = /^P(?:(\d+)D)?(?:T(\d+)H)?$/.exec(iso || '');
  if (!m || (!m[1] && !m[2])) return iso || '—';
  return [m[1] ? `${m[1]} day${m[1] === '1' ? '' : 's'}` : '', m[2] ? `${m[2]} hour${m[2] === '1' ? '' : 's'}` : ''].filter(Boolean).join(' ');
}

function reservePart(r) {
  const part = r.reserve || {};
  return h('dl', { class: 'facts reserve' },
    h('dt', {}, 'Entities'), h('dd', {}, (part.entities || []).join('; ') || '—'),
    h('dt', {}, 'Where'), h('dd', {}, (part.locations || []).join('; ') || '—'),
    h('dt', {}, 'For'), h('dd', {}, duration(part.expectedDuration)),
    h('dt', {}, 'Done already'), h('dd', {}, part.mitigation || '—'));
}

function reserveDecision(c, r, acts, reload) {
  const d = r.reserveDecision;
  if (d) {
    return h('p', { class: `decision ${d.decision === 'ACTIVATED' ? 'ok' : 'error'}` },
      `${d.decision === 'ACTIVATED' ? '✓ Activated' : '✗ Refused'} by ${d.decidedBy} · ${when(d.decidedAt)}`, d.reason ? ` — ${d.reason}` : '');
  }
  if (!acts.coordinator || !acts.open) return h('p', { class: 'muted decision' }, 'Awaiting the coordinators’ decision.');
  const id = `reserve-${r.id}`;
  return actionForm(id, `Decide on ${r.country}’s request for the Reserve`, 'Once decided, it stays decided. A refusal needs a reason.',
    [field('Reason (required to refuse)', h('textarea', { name: 'reason', maxlength: 2000, rows: 2 }))],
    [{ label: 'Activate the Reserve…', value: 'activate' }, { label: 'Refuse', value: 'refuse', className: 'secondary' }],
    async (form, message, pressed) => {
      const activated = pressed === 'activate';
      if (activated && !await confirmed(form, `Activate the Reserve for ${r.country}?`,
        `${r.country} is told that the EU Cybersecurity Reserve supports it. This decision cannot be changed.`, 'Activate it')) return;
      await post(`/api/v1/cases/${c.incidentId}/assistance-requests/${r.id}/reserve-decision`,
        { activated, reason: form.elements.reason.value.trim() || null });
      await reload({ section: 'assistance', text: activated ? `The Reserve is activated for ${r.country}.` : `The Reserve request of ${r.country} is refused.` });
    });
}

function offers(c, r, decides, acts, reload) {
  if (!(r.offers || []).length) return h('p', { class: 'muted offers' }, 'No offer yet.');
  return h('ul', { class: 'plain offers', 'aria-label': `Offers to ${r.country}` }, r.offers.map(o => h('li', {
    class: 'offer', dataset: { offerId: o.id, country: o.country, decision: o.decision || 'PENDING' } },
  h('p', {}, h('strong', {}, `${o.country} offers: `), o.capability || (c.disclosure !== 'CONTENT' ? `(withheld under TLP:${c.tlp})` : '')),
  h('p', { class: 'muted byline' }, `by ${o.offeredBy} · ${when(o.offeredAt)}`, o.availableFrom ? ` · available from ${when(o.availableFrom)}` : '',
    o.declaredInPlan ? ' · declared in its national plan' : ''),
  o.decision
    ? h('p', { class: `decision ${o.decision === 'ACCEPTED' ? 'ok' : 'error'}` },
      `${o.decision === 'ACCEPTED' ? '✓ Accepted' : '✗ Declined'} by ${o.decidedBy} · ${when(o.decidedAt)}`, o.reason ? ` — ${o.reason}` : '')
    : decides && acts.open ? decisionForm(c, r, o, reload) : h('p', { class: 'muted decision' }, `Awaiting ${r.country}’s decision.`))));
}

/** The requesting country decides each offer once: accept (after a confirmation: the offering country is told) or decline with a reason. */
function decisionForm(c, r, o, reload) {
  return actionForm(`decide-${o.id}`, `Your decision on ${o.country}’s offer`, 'A decision is final. Declining needs a reason.',
    [field('Reason (required to decline)', h('textarea', { name: 'reason', maxlength: 2000, rows: 2 }))],
    [{ label: 'Accept…', value: 'accept' }, { label: 'Decline', value: 'decline', className: 'secondary' }],
    async (form, message, pressed) => {
      const accepted = pressed === 'accept';
      if (accepted && !await confirmed(form, `Accept ${o.country}’s offer?`,
        `${o.country} is told at once that ${r.country} accepts its help. A decision cannot be changed.`, 'Accept it')) return;
      await post(`/api/v1/cases/${c.incidentId}/assistance-requests/${r.id}/offers/${o.id}/decision`,
        { accepted, reason: form.elements.reason.value.trim() || null });
      await reload({ section: 'assistance', text: `${o.country}’s offer ${accepted ? 'accepted' : 'declined'}.` });
    });
}

function offerPanel(c, r, reload) {
  const form = actionForm(`offer-${r.id}`, `Offer ${kindName(r.kind)} to ${r.country}`, `${r.country} accepts or declines your offer.`,
    [field('What you offer', h('textarea', { name: 'capability', maxlength: 5000 })),
      field('Available from (your local time, optional)', h('input', { name: 'availableFrom', type: 'datetime-local' }))],
    'Send the offer', async f => {
      await post(`/api/v1/cases/${c.incidentId}/assistance-requests/${r.id}/offers`,
        { capability: f.elements.capability.value || null, availableFrom: instantOf(f.elements.availableFrom.value) });
      await reload({ section: 'assistance', text: `Your offer is sent to ${r.country}.` });
    });
  form.noValidate = true;
  const [opener] = disclosure(`offer-${r.id}`, `Offer help to ${r.country}…`, form);
  return h('div', { class: 'offer-panel' }, h('div', { class: 'toolbar' }, opener), form);
}

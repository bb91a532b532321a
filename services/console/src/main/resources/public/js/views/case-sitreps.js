// A case's situation reports (escalation's SituationReportController): every version, newest first, with who published
// it, for which country and when; and the form that publishes the next version (the coordinators and the reporting
// country's duty officers and NCP). The values are the MISP nis2 taxonomy's, as the service checks them.
import { get, post } from '../api.js';
import { h, when, field, errorBox } from '../dom.js';
import { select, countryChecks, checked } from './incident-fields.js';
import { disclosure, actionForm } from './action-forms.js';

const entries = (nis2, predicate) => ((nis2.values || []).find(v => v.predicate === predicate) || { entry: [] }).entry;
const named = e => e.expanded || e.value;
/** "Red — very large impact": the taxonomy's word and what it means. */
const meaning = e => ({ value: e.value, label: e.description ? `${named(e)} — ${e.description.replace(/\.$/, '')}` : named(e) });

/**
 * Which country published each version. The list of reports does not say (only who), so it is read from the case's
 * situation view, which names the country of each country's latest report: asked again only when a newer version
 * appears, since on an AMBER+STRICT or RED case each read of that view is audited.
 */
export function sitrepCountries(incidentId) {
  let known = 0;
  const byVersion = new Map();
  const byAuthor = new Map();
  return async reports => {
    const newest = reports.reduce((max, r) => Math.max(max, r.version), 0);
    if (newest > known) {
      known = newest;
      try {
        const situation = await get(`/api/v1/cases/${incidentId}/situation`);
        for (const r of situation.situationReports || []) {
          if (!r.country) continue;
          byVersion.set(r.version, r.country);
          byAuthor.set(r.publishedBy, r.country); // a person acts for one country
        }
      } catch (e) { /* the country stays unsaid; the author and time are still shown */ }
    }
    return r => byVersion.get(r.version) || byAuthor.get(r.publishedBy) || null;
  };
}

/** The section: the notice of what the person just did, the form (when they may write one) and the versions. */
export function sitrepSection({ c, reports, countryOf, writes, all, nis2, reload, notice }) {
  const list = reports instanceof Error ? errorBox(reports) : versions(c, reports, countryOf, nis2);
  const latest = reports instanceof Error ? null : reports.reduce((a, r) => (!a || r.version > a.version ? r : a), null);
  let opener = '';
  let form = '';
  if (writes) {
    form = sitrepForm(c, latest, all, nis2, reload);
    [opener] = disclosure('sitrep', latest ? 'Write the next situation report…' : 'Write a situation report…', form);
  }
  return h('section', { class: 'card', id: 'sitreps', 'aria-labelledby': 'sitreps-title' },
    h('h2', { id: 'sitreps-title' }, 'Situation reports'), notice || '',
    opener ? h('div', { class: 'toolbar' }, opener) : '', form, list);
}

function versions(c, reports, countryOf, nis2) {
  if (!reports.length) return h('p', { class: 'muted', id: 'sitrep-list' }, 'No situation report yet.');
  const label = (predicate, value) => {
    const e = entries(nis2, predicate).find(x => x.value === value);
    return e ? named(e) : value;
  };
  const newestFirst = [...reports].sort((a, b) => b.version - a.version);
  return h('ol', { class: 'plain', id: 'sitrep-list', reversed: true, 'aria-label': 'Situation reports, newest first' }, newestFirst.map(r => {
    const country = countryOf(r);
    return h('li', { class: 'sitrep', dataset: { version: r.version } },
      h('h3', {}, `Version ${r.version}: impact ${label('impact-severity', r.impactSeverity)}, outlook ${label('impact-outlook', r.impactOutlook)}`),
      h('p', { class: 'muted byline' }, `by ${r.publishedBy}`, country ? ` (${country})` : '', ` · ${when(r.publishedAt)}`),
      r.text ? h('p', { class: 'text' }, r.text)
        : h('p', { class: 'muted' }, c.disclosure !== 'CONTENT' ? `(text withheld under TLP:${c.tlp})` : '(no text)'),
      h('p', { class: 'muted' }, 'Affected: ', (r.affectedCountries || []).join(', ') || '—',
        ' · sectors: ', (r.sectors || []).map(s => label('impact-sectors-impacted', s)).join(', ') || '—',
        ' · root cause: ', r.rootCause ? label('nature-root-cause', r.rootCause) : 'not known'),
      (r.checklists || []).length ? h('p', { class: 'muted' }, 'Checklists then: ',
        r.checklists.map(k => `${k.country} containment ${k.containment}, repair ${k.repair}`).join('; ')) : '');
  }));
}

/** The next version starts from the last one's values (a situation report updates the one before); the text is new. */
function sitrepForm(c, latest, all, nis2, reload) {
  const choose = { value: '', label: 'Choose…' };
  const fields = [
    field('Impact severity (nationally, in the real world)',
      select('impactSeverity', [choose, ...entries(nis2, 'impact-severity').map(meaning)], latest ? latest.impactSeverity : '')),
    field('Outlook for the coming hours', select('impactOutlook', [choose, ...entries(nis2, 'impact-outlook').map(meaning)], latest ? latest.impactOutlook : '')),
    h('fieldset', { 'data-field': 'affectedCountries' }, h('legend', {}, 'Affected countries'),
      countryChecks('affectedCountries', all, null, latest ? latest.affectedCountries || [] : []), h('div', { class: 'field-error' })),
    h('fieldset', { 'data-field': 'sectors' }, h('legend', {}, 'Sectors impacted (NIS2)'),
      h('div', { class: 'checks sectors' }, entries(nis2, 'impact-sectors-impacted').map(s => h('label', {},
        h('input', { type: 'checkbox', name: 'sectors', value: s.value, checked: !!latest && (latest.sectors || []).includes(s.value) }), named(s)))),
      h('div', { class: 'field-error' })),
    field('Root cause', select('rootCause', [{ value: '', label: 'Not known yet' }, ...entries(nis2, 'nature-root-cause').map(meaning)],
      latest ? latest.rootCause || '' : '')),
    field('Where things stand', h('textarea', { name: 'text', maxlength: 20000 })),
  ];
  const form = actionForm('sitrep', latest ? `Situation report, version ${latest.version + 1}` : 'Situation report, version 1',
    `Sent to every country alerted for ${c.reference}. Each version stays; the next one starts from this one's values.`,
    fields, 'Publish the situation report', async f => {
      const v = name => f.elements[name].value;
      const r = await post(`/api/v1/cases/${c.incidentId}/situation-reports`, {
        impactSeverity: v('impactSeverity') || null, impactOutlook: v('impactOutlook') || null,
        affectedCountries: checked(f, 'affectedCountries'), sectors: checked(f, 'sectors'), rootCause: v('rootCause') || null, text: v('text') || null });
      await reload({ section: 'sitreps', text: `Situation report version ${r.body.version} published.` });
    });
  form.noValidate = true; // the service names what is wrong, beside each field
  return form;
}

// The vocabulary and controls an incident's forms share: filing the early warning, correcting it, the later reports.
import { h } from '../dom.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
export const TLPS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
export const PAPS = ['CLEAR', 'GREEN', 'AMBER', 'RED'];

/** A select of strings or {value, label}s, with {@code chosen} selected. */
export const select = (name, values, chosen, extra = {}) =>
  h('select', { name, ...extra }, values.map(v => h('option', { value: typeof v === 'string' ? v : v.value, selected: (typeof v === 'string' ? v : v.value) === chosen },
    typeof v === 'string' ? v : v.label)));

/** One checkbox per country (but {@code exclude}), those in {@code ticked} ticked. */
export function countryChecks(name, all, exclude, ticked = []) {
  return h('div', { class: 'checks' }, all.filter(c => c.code !== exclude).map(c =>
    h('label', {}, h('input', { type: 'checkbox', name, value: c.code, checked: ticked.includes(c.code) }), h('span', { title: c.name }, c.code))));
}

export const checked = (form, name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(x => x.value);

/** The value a datetime-local input shows for this instant, in the person's own time zone, to the minute. */
export function localInput(instant = new Date()) {
  const d = new Date(instant);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** A datetime-local value as the instant the API takes, or null when empty. */
export const instantOf = value => value ? new Date(value).toISOString() : null;

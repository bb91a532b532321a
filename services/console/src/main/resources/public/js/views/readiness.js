// Readiness per country, from the national plans, rosters, comchecks and exercises (coordinator: every country).
import { get } from '../api.js';
import { h } from '../dom.js';

export async function readinessView() {
  const r = await get('/api/v1/readiness');
  return { node: h('section', {}, h('h1', {}, 'Readiness'),
    h('p', { class: 'muted' }, 'Computed from what the system holds, not declared: each criterion with its figure and where it comes from.'),
    h('table', { id: 'readiness' }, h('thead', {}, h('tr', {}, ['Country', 'Score', 'Criteria'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, r.items.map(c => h('tr', { dataset: { country: c.country } }, h('th', { scope: 'row' }, c.country), h('td', {}, String(c.score)),
        h('td', {}, h('ul', {}, c.criteria.map(k => h('li', { class: k.met ? 'state-ON_TIME' : 'state-LATE' },
          `${k.met ? '✓' : '✗'} ${k.id}: ${k.figure == null ? '—' : k.figure}`, h('span', { class: 'muted' }, ` (${k.source})`)))))))))) };
}

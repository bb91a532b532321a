// Exercises: load a scenario (JSON or CSV MSEL), start / pause / resume / end, live progress, the after-action report.
import { get, post, api, session } from '../api.js';
import { h, render, when, errorBox, field } from '../dom.js';

const POLL_MS = 2000;

function banner() {
  document.getElementById('exercise-banner').hidden = false;
}

export async function exercisesView() {
  banner();
  const page = await get('/api/v1/exercises?size=100');
  const message = h('div');
  const planner = session.has('EXERCISE_PLANNER', 'COORDINATOR');
  const form = h('form', { class: 'card', id: 'scenario-form' }, h('h2', {}, 'Load a scenario'),
    field('Name (CSV only)', h('input', { name: 'name' })),
    field('Time compression (CSV only; 1 … 60)', h('input', { name: 'compression', type: 'number', min: 1, max: 60, value: 1 })),
    field('Scenario: JSON, or a CSV MSEL (offset, country, kind, title, payload, expected action)', h('textarea', { name: 'scenario', rows: 10 })),
    field('…or a file', h('input', { name: 'file', type: 'file', accept: '.json,.csv,text/csv,application/json' })),
    h('p', {}, h('button', { type: 'submit' }, 'Load')), message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const file = form.elements.file.files[0];
    const text = file ? await file.text() : form.elements.scenario.value;
    const csv = !text.trim().startsWith('{');
    try {
      const r = csv
        ? await post(`/api/v1/exercises?name=${encodeURIComponent(form.elements.name.value)}&compression=${form.elements.compression.value}`, text, { contentType: 'text/csv' })
        : await post('/api/v1/exercises', JSON.parse(text));
      location.hash = `#/exercises/${r.body.id}`;
    } catch (err) { render(message, errorBox(err)); }
  });
  return { node: h('section', {}, h('h1', {}, 'Exercises'),
    h('table', {}, h('thead', {}, h('tr', {}, ['Name', 'Status', 'Participants', 'Compression', 'Progress', 'Started'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.length ? page.items.map(x => h('tr', {},
        h('td', {}, h('a', { href: `#/exercises/${x.id}` }, x.name)), h('td', {}, x.status), h('td', {}, (x.participants || []).join(', ')),
        h('td', {}, `${x.compression}×`), h('td', {}, `${x.progress.released}/${x.progress.injects}`), h('td', {}, when(x.startedAt))))
        : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'No exercises yet.')))),
    planner ? h('p', {}, h('a', { href: '#/exercises/msel', class: 'button', id: 'open-msel-editor' }, 'Write or edit a scenario in the MSEL editor')) : '',
    planner ? form : '') };
}

async function openReport(id, holder) {
  try {
    const r = await api('GET', `/api/v1/exercises/${id}/report`, undefined, { accept: 'text/html' });
    const url = URL.createObjectURL(new Blob([r.body], { type: 'text/html' }));
    render(holder, h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener' }, 'Open the printable report in a new tab')),
      h('iframe', { class: 'report', src: url, title: 'After-action report', sandbox: '' }));
  } catch (e) { render(holder, errorBox(e)); }
}

export async function exerciseView(id) {
  banner();
  const holder = h('div');
  const report = h('div');
  const planner = session.has('EXERCISE_PLANNER', 'COORDINATOR');
  const act = action => async () => {
    try { await post(`/api/v1/exercises/${id}/${action}`); await load(); } catch (e) { render(report, errorBox(e)); }
  };
  const load = async () => {
    const x = await get(`/api/v1/exercises/${id}`);
    const p = x.progress;
    const percent = p.injects ? Math.round(100 * p.released / p.injects) : 0;
    render(holder,
      h('h1', {}, 'EXERCISE — ', x.name),
      h('div', { class: 'card' }, h('dl', { class: 'facts' },
        h('dt', {}, 'Status'), h('dd', { id: 'exercise-status' }, x.status),
        h('dt', {}, 'Participants'), h('dd', {}, (x.participants || []).join(', '), (x.observers || []).length ? ` · observers ${(x.observers || []).join(', ')}` : ''),
        h('dt', {}, 'Compression'), h('dd', {}, `${x.compression}×`),
        h('dt', {}, 'Exercise time'), h('dd', {}, `${Math.floor(x.exerciseSeconds / 60)} min ${x.exerciseSeconds % 60} s`),
        h('dt', {}, 'Injects released'), h('dd', { id: 'exercise-progress' }, `${p.released}/${p.injects} (${percent} %)`, p.failing ? h('strong', { class: 'error' }, ` · ${p.failing} failing`) : ''),
        h('dt', {}, 'Next inject at'), h('dd', {}, p.nextOffsetSeconds == null ? '—' : `T0 + ${Math.floor(p.nextOffsetSeconds / 60)} min`)),
      h('div', { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent, 'aria-label': 'Release progress' },
        h('div', { class: 'bar', style: `width:${percent}%` }))),
      (x.failingInjects || []).length ? h('div', { class: 'card' }, h('h2', {}, 'Failing injects'),
        h('ul', {}, x.failingInjects.map(f => h('li', {}, JSON.stringify(f))))) : '',
      planner ? h('div', { class: 'toolbar' },
        ['start', 'pause', 'resume', 'end'].map(a => h('button', { type: 'button', id: `exercise-${a}`, onclick: act(a) }, a === 'end' ? 'End (ENDEX)' : a[0].toUpperCase() + a.slice(1))),
        h('button', { type: 'button', class: 'secondary', onclick: () => openReport(id, report) }, 'After-action report')) : '');
  };
  await load();
  const timer = setInterval(() => load().catch(() => {}), POLL_MS);
  return { node: h('section', {}, holder, report), stop: () => clearInterval(timer) };
}

// The MSEL editor (issue 24): a scenario's injects per country on a time axis, to drag, add, edit and remove; the
// expectations beside their injects; the service's check naming the inject it refuses; JSON and CSV import and export
// through the service's one CSV reader and writer (so a CSV MSEL comes back to the letter).
import { api, post, session } from '../api.js';
import { h, render, errorBox, field, announce } from '../dom.js';

const KINDS = ['INCIDENT', 'SITUATION_UPDATE', 'COMCHECK', 'MESSAGE'];
const LANE = 22;          // px per country
const AXIS = 28;          // px for the time axis
const SNAP = 60;          // seconds: a drag or an arrow key moves by whole minutes
const ROW = 30;           // px per row of the inject list
const DRAFT_KEY = 'cyberplan.msel-draft';

const blank = () => ({ name: '', participants: [], observers: [], compression: 1, injects: [], expectations: [] });

export function clock(seconds) {
  const s = Math.max(0, Math.round(seconds || 0));
  return `${Math.floor(s / 3600)}:${String(Math.floor(s % 3600 / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function seconds(text) {
  const t = String(text).trim();
  if (/^\d+$/.test(t)) return Number(t);
  const m = t.match(/^(\d+):(\d{1,2})(?::(\d{1,2}))?$/);
  if (!m) return null;
  return m[3] === undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

const codes = text => String(text || '').split(',').map(c => c.trim().toUpperCase()).filter(Boolean);

function download(holder, name, type, text) {
  const blob = new Blob([text], { type });
  const link = h('a', { href: URL.createObjectURL(blob), download: name, id: 'msel-download', class: 'button secondary' }, `Download ${name}`);
  link.blob = blob; // what was exported, readable without fetching the blob: URL (the page's CSP keeps fetch to 'self')
  render(holder, link);
  link.click();
}

export async function mselView() {
  document.getElementById('exercise-banner').hidden = false;
  let draft = blank();
  try { draft = JSON.parse(localStorage.getItem(DRAFT_KEY)) || blank(); } catch { draft = blank(); }
  let problems = [];        // {field, message} from the last check or load
  let selected = null;      // index into draft.injects (the planner's order, which the service's errors name)
  let secondsPerPx = 60;
  let order = [];           // indexes sorted by offset: the list and the timeline's tab order
  let saveTimer = null;

  const message = h('div', { id: 'msel-message', 'aria-live': 'polite' });
  const kept = h('p', { class: 'error', id: 'msel-not-kept', role: 'status', hidden: true },
    'This draft is too big to be kept in this browser: export it (JSON) or load it before leaving the page.');
  const downloads = h('div', { class: 'toolbar' });
  const header = h('form', { class: 'card', id: 'msel-header' });
  const timeline = h('div', { class: 'timeline', id: 'msel-timeline' });
  const list = h('div', { class: 'inject-list', id: 'msel-list', role: 'grid', 'aria-label': 'Injects in time order', tabindex: 0 });
  const details = h('form', { class: 'card', id: 'msel-inject' });
  const problemList = h('div', { id: 'msel-problems' });

  const errorsOf = i => problems.filter(p => p.field === `injects[${i}]` || p.field.startsWith(`injects[${i}].`));
  const expectationsOf = inject => (draft.expectations || []).filter(x => inject.ref && x.inject === inject.ref);
  const lanes = () => {
    const named = [...(draft.participants || []), ...(draft.observers || [])];
    const extra = draft.injects.map(i => (i.country || '?').toUpperCase()).filter(c => !named.includes(c));
    return [...new Set([...named, ...extra])];
  };

  function changed(structure) {
    if (structure) { problems = []; renderProblems(); }
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      try {
        localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
        kept.hidden = true;
      } catch {
        // Local storage holds a few MB: a Cyber Europe–size draft does not fit, and the planner must know it is not kept.
        localStorage.removeItem(DRAFT_KEY);
        kept.hidden = false;
      }
    }, 1000);
  }

  function sortOrder() {
    order = draft.injects.map((_, i) => i).sort((a, b) => (draft.injects[a].offsetSeconds || 0) - (draft.injects[b].offsetSeconds || 0) || a - b);
  }

  // ---- the scenario's header ----
  function renderHeader() {
    const input = (name, value, attrs = {}) => h('input', { name, value: value ?? '', ...attrs });
    render(header, h('h2', {}, 'Scenario'),
      h('div', { class: 'grid-4' },
        field('Name', input('name', draft.name)),
        field('Participants (country codes, comma-separated)', input('participants', (draft.participants || []).join(', '))),
        field('Observers', input('observers', (draft.observers || []).join(', '))),
        field('Time compression (1 … 60)', input('compression', draft.compression ?? 1, { type: 'number', min: 1, max: 60 }))));
    header.onchange = () => {
      draft.name = header.elements.name.value;
      draft.participants = codes(header.elements.participants.value);
      draft.observers = codes(header.elements.observers.value);
      draft.compression = Number(header.elements.compression.value) || 1;
      changed(true);
      renderTimeline();
    };
  }

  // ---- the timeline: one lane per country, one mark per inject; drag or arrow keys move it ----
  function renderTimeline() {
    const started = performance.now();
    const countries = lanes();
    const end = Math.max(3600, ...draft.injects.map(i => i.offsetSeconds || 0)) + 600;
    const width = Math.ceil(end / secondsPerPx) + 60;
    const height = AXIS + countries.length * LANE + 4;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Timeline of ${draft.injects.length} injects over ${clock(end)} for ${countries.length} countries; use the list below to reach each inject by keyboard`);
    const frag = document.createDocumentFragment();
    const text = (x, y, t, cls) => { const e = document.createElementNS(ns, 'text'); e.setAttribute('x', x); e.setAttribute('y', y); if (cls) e.setAttribute('class', cls); e.textContent = t; return e; };
    const step = [300, 900, 1800, 3600, 7200, 14400, 28800].find(s => s / secondsPerPx >= 80) || 43200;
    for (let t = 0; t <= end; t += step) {
      const x = 40 + t / secondsPerPx;
      const tick = document.createElementNS(ns, 'line');
      tick.setAttribute('x1', x); tick.setAttribute('x2', x); tick.setAttribute('y1', AXIS - 6); tick.setAttribute('y2', height);
      tick.setAttribute('class', 'tick');
      frag.append(tick, text(x + 2, AXIS - 10, `T0+${clock(t).replace(/:00$/, '')}`, 'axis'));
    }
    countries.forEach((c, n) => frag.append(text(2, AXIS + n * LANE + 15, c, 'lane')));
    const laneOf = new Map(countries.map((c, n) => [c, n]));
    const failing = new Set(problems.map(p => (p.field.match(/^injects\[(\d+)\]/) || [])[1]).filter(Boolean).map(Number));
    draft.injects.forEach((inject, i) => {
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('x', 40 + (inject.offsetSeconds || 0) / secondsPerPx - 3);
      r.setAttribute('y', AXIS + laneOf.get((inject.country || '?').toUpperCase()) * LANE + 3);
      r.setAttribute('width', 6);
      r.setAttribute('height', LANE - 6);
      r.setAttribute('class', `mark k-${inject.kind}${failing.has(i) ? ' failing' : ''}${inject.expectedAction || expectationsOf(inject).length ? ' expects' : ''}${i === selected ? ' selected' : ''}`);
      r.dataset.i = i;
      frag.append(r);
    });
    svg.append(frag);
    render(timeline, svg);
    timeline.dataset.renderMs = Math.round(performance.now() - started);
  }

  function moveMark(i) {
    const r = timeline.querySelector(`rect[data-i="${i}"]`);
    if (r) r.setAttribute('x', 40 + (draft.injects[i].offsetSeconds || 0) / secondsPerPx - 3);
  }

  let drag = null;
  timeline.addEventListener('pointerdown', e => {
    const r = e.target.closest('rect.mark');
    if (!r) return;
    const i = Number(r.dataset.i);
    select(i);
    drag = { i, x: e.clientX, from: draft.injects[i].offsetSeconds || 0 };
    timeline.setPointerCapture(e.pointerId);
    e.preventDefault();
  });
  timeline.addEventListener('pointermove', e => {
    if (!drag) return;
    const moved = Math.round((drag.from + (e.clientX - drag.x) * secondsPerPx) / SNAP) * SNAP;
    draft.injects[drag.i].offsetSeconds = Math.max(0, moved);
    moveMark(drag.i);
  });
  timeline.addEventListener('pointerup', () => {
    if (!drag) return;
    const { i, from } = drag;
    drag = null;
    if (draft.injects[i].offsetSeconds !== from) {
      offsetChanged(i);
      announce(`Inject moved to T0+${clock(draft.injects[i].offsetSeconds)}`);
    }
  });

  function offsetChanged(i) {
    changed(false);
    sortOrder();
    moveMark(i);
    renderList();
    renderDetails();
  }

  // ---- the list: every inject in time order, only the rows in view are in the page ----
  const rows = h('div', { class: 'rows' });
  const spacer = h('div', { class: 'spacer' }, rows);
  list.append(h('div', { class: 'row head', role: 'row' }, ['T0 +', 'Country', 'Kind', 'Title', 'Expected', 'Problems'].map(t => h('span', { role: 'columnheader' }, t))), spacer);
  list.addEventListener('scroll', () => renderList());
  list.addEventListener('keydown', e => {
    if (selected == null || !draft.injects[selected]) return;
    const at = order.indexOf(selected);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const next = order[Math.min(order.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
      select(next, true);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const by = (e.shiftKey ? 10 : 1) * SNAP * (e.key === 'ArrowRight' ? 1 : -1);
      draft.injects[selected].offsetSeconds = Math.max(0, (draft.injects[selected].offsetSeconds || 0) + by);
      offsetChanged(selected);
      announce(`T0+${clock(draft.injects[selected].offsetSeconds)}`);
    } else if (e.key === 'Delete') {
      remove(selected);
    } else return;
    e.preventDefault();
  });

  function renderList() {
    spacer.style.height = `${order.length * ROW}px`;
    const first = Math.max(0, Math.floor(list.scrollTop / ROW) - 5);
    const last = Math.min(order.length, first + Math.ceil((list.clientHeight || 420) / ROW) + 10);
    const shown = [];
    for (let n = first; n < last; n++) {
      const i = order[n];
      const inject = draft.injects[i];
      const errors = errorsOf(i);
      const expected = [inject.expectedAction, ...expectationsOf(inject).map(x => `${x.kind}${x.country ? ' ' + x.country : ''}${x.withinMinutes ? ' within ' + x.withinMinutes + ' min' : ''}`)].filter(Boolean).join('; ');
      shown.push(h('div', { class: `row${i === selected ? ' selected' : ''}${errors.length ? ' failing' : ''}`, role: 'row', style: `top:${n * ROW}px`,
        'aria-selected': i === selected ? 'true' : 'false', dataset: { i }, onclick: () => select(i) },
        h('span', { role: 'gridcell' }, clock(inject.offsetSeconds)), h('span', { role: 'gridcell' }, inject.country || ''),
        h('span', { role: 'gridcell' }, inject.kind || ''), h('span', { role: 'gridcell', title: inject.title || '' }, inject.title || ''),
        h('span', { role: 'gridcell', class: 'muted' }, expected), h('span', { role: 'gridcell', class: 'error' }, errors.map(e => e.message).join('; '))));
    }
    render(rows, shown);
  }

  function select(i, scroll) {
    const before = selected;
    selected = i;
    for (const n of [before, i]) {
      const r = n == null ? null : timeline.querySelector(`rect[data-i="${n}"]`);
      if (r) r.classList.toggle('selected', n === i);
    }
    if (scroll) {
      const top = order.indexOf(i) * ROW;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - 2 * ROW) list.scrollTop = Math.max(0, top - 3 * ROW);
    }
    renderList();
    renderDetails();
  }

  // ---- the selected inject: its fields, its expectations and what the check said of it, side by side ----
  function renderDetails() {
    const inject = selected == null ? null : draft.injects[selected];
    if (!inject) {
      render(details, h('h2', {}, 'Inject'), h('p', { class: 'muted' }, 'Select an inject on the timeline or in the list, or add one.'),
        h('button', { type: 'button', id: 'msel-add', onclick: () => add() }, 'Add an inject'));
      return;
    }
    const payload = inject.payload && Object.keys(inject.payload).length ? JSON.stringify(inject.payload, null, 2) : '';
    render(details, h('h2', {}, `Inject ${selected + 1} of ${draft.injects.length}`),
      h('div', { class: 'grid-4' },
        field('T0 + (H:MM:SS or seconds)', h('input', { name: 'offsetSeconds', value: clock(inject.offsetSeconds) })),
        field('Country', h('input', { name: 'country', value: inject.country || '' })),
        field('Kind', h('select', { name: 'kind' }, [...new Set([...KINDS, inject.kind || 'MESSAGE'])].map(k => h('option', { value: k, selected: k === inject.kind }, k)))),
        field('Ref', h('input', { name: 'ref', value: inject.ref || '' }), 'optional; expectations name it')),
      field('Title', h('input', { name: 'title', value: inject.title || '' })),
      field('Payload (JSON object, or plain text)', h('textarea', { name: 'payload', rows: 4 }, payload)),
      field('Expected action', h('input', { name: 'expectedAction', value: inject.expectedAction || '' }), 'e.g. ACK LV WITHIN 15m'),
      expectationsOf(inject).length ? h('div', { class: 'expectations' }, h('h3', {}, 'Expectations of this inject'),
        h('ul', {}, expectationsOf(inject).map(x => h('li', {}, `${x.kind}${x.country ? ' · ' + x.country : ''}${x.level ? ' · ' + x.level : ''}${x.withinMinutes ? ` · within ${x.withinMinutes} min` : ''}${x.description ? ' — ' + x.description : ''}`)))) : '',
      h('div', { class: 'toolbar' },
        h('button', { type: 'submit', id: 'msel-apply' }, 'Apply'),
        h('button', { type: 'button', class: 'secondary', id: 'msel-duplicate', onclick: () => add(inject) }, 'Duplicate'),
        h('button', { type: 'button', class: 'secondary', id: 'msel-add', onclick: () => add() }, 'Add an inject'),
        h('button', { type: 'button', class: 'secondary', id: 'msel-remove', onclick: () => remove(selected) }, 'Remove')));
    for (const p of errorsOf(selected)) {
      const name = p.field.replace(/^injects\[\d+\]\.?/, '').split(/[.[]/)[0];
      const box = details.querySelector(`[data-field="${CSS.escape(name)}"] .field-error`);
      if (box) box.textContent = p.message;
      else details.querySelector('h2').after(h('p', { class: 'error' }, p.message));
    }
  }

  details.addEventListener('submit', e => {
    e.preventDefault();
    const f = details.elements;
    const offset = seconds(f.offsetSeconds.value);
    const offsetError = details.querySelector('[data-field="offsetSeconds"] .field-error');
    if (offset == null) { offsetError.textContent = `'${f.offsetSeconds.value}' is not H:MM:SS or a number of seconds`; return; }
    let payload;
    const text = f.payload.value.trim();
    if (text.startsWith('{')) {
      try { payload = JSON.parse(text); } catch (err) { details.querySelector('[data-field="payload"] .field-error').textContent = `not a JSON object: ${err.message}`; return; }
    } else payload = text ? { text } : undefined;
    const inject = draft.injects[selected];
    Object.assign(inject, { offsetSeconds: offset, country: f.country.value.trim().toUpperCase(), kind: f.kind.value, title: f.title.value,
      expectedAction: f.expectedAction.value.trim() || undefined, ref: f.ref.value.trim() || undefined, payload });
    for (const k of ['payload', 'expectedAction', 'ref']) if (inject[k] === undefined) delete inject[k];
    problems = problems.filter(p => !errorsOf(selected).includes(p));
    changed(false);
    sortOrder();
    renderTimeline();
    renderList();
    renderDetails();
    renderProblems();
    announce('Inject saved in the draft');
  });

  function add(from) {
    const base = from || { offsetSeconds: selected != null && draft.injects[selected] ? draft.injects[selected].offsetSeconds : 0,
      country: (draft.participants || [])[0] || '', kind: 'MESSAGE', title: '' };
    const copy = JSON.parse(JSON.stringify(base));
    delete copy.ref;
    draft.injects.push(copy);
    changed(true);
    sortOrder();
    renderTimeline();
    select(draft.injects.length - 1, true);
    details.elements.title.focus();
  }

  function remove(i) {
    draft.injects.splice(i, 1);
    selected = null;
    changed(true);
    sortOrder();
    renderTimeline();
    renderList();
    renderDetails();
    announce('Inject removed from the draft');
  }

  // ---- what the service says ----
  function renderProblems() {
    if (!problems.length) { render(problemList); return; }
    render(problemList, h('div', { class: 'card', role: 'region', 'aria-label': 'Problems' }, h('h2', {}, `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before loading`),
      h('ul', { class: 'problems' }, problems.slice(0, 200).map(p => {
        const m = p.field.match(/^injects\[(\d+)\]/);
        return h('li', {}, m ? h('button', { type: 'button', class: 'link', onclick: () => select(Number(m[1]), true) }, `Inject ${Number(m[1]) + 1}`) : h('strong', {}, p.field), ': ', p.message);
      })), problems.length > 200 ? h('p', { class: 'muted' }, `… and ${problems.length - 200} more`) : ''));
  }

  function show(errors, note) {
    problems = errors || [];
    renderProblems();
    renderTimeline();
    renderList();
    renderDetails();
    render(message, h('p', { class: problems.length ? 'error' : 'ok' }, note));
  }

  async function check() {
    try {
      const r = await post('/api/v1/exercises/scenario-checks', draft);
      show(r.body.errors, r.body.valid ? `The scenario is ready to load: ${r.body.injects} injects.` : `${r.body.errors.length} problem(s) found.`);
    } catch (e) { show(e.problem && e.problem.errors, ''); render(message, errorBox(e)); }
  }

  function loaded(next, note, errors) {
    draft = { ...blank(), ...next };
    draft.injects = draft.injects || [];
    selected = null;
    problems = [];
    changed(false);
    sortOrder();
    renderHeader();
    list.scrollTop = 0;
    show(errors || [], note);
    requestAnimationFrame(() => requestAnimationFrame(() => { performance.mark('msel-rendered'); timeline.dataset.shown = String(draft.injects.length); }));
  }

  async function importFile(file) {
    performance.mark('msel-import-start');
    const text = await file.text();
    if (text.trim().startsWith('{')) {
      try { loaded(JSON.parse(text), `Imported ${file.name}.`); } catch (e) { render(message, h('p', { class: 'error', role: 'alert' }, `${file.name} is not JSON: ${e.message}`)); }
      return;
    }
    const q = new URLSearchParams({ name: draft.name || file.name.replace(/\.csv$/i, ''), compression: draft.compression || 1 });
    if ((draft.participants || []).length) q.set('participants', draft.participants.join(','));
    if ((draft.observers || []).length) q.set('observers', draft.observers.join(','));
    try {
      const r = await post(`/api/v1/exercises/scenario-checks?${q}`, text, { contentType: 'text/csv' });
      loaded(r.body.scenario, r.body.valid ? `Imported ${file.name}: ready to load.` : `Imported ${file.name}: ${r.body.errors.length} problem(s) found.`, r.body.errors);
    } catch (e) { render(message, errorBox(e)); }
  }

  const fileInput = h('input', { type: 'file', id: 'msel-file', class: 'visually-hidden', accept: '.json,.csv,text/csv,application/json', onchange: e => e.target.files[0] && importFile(e.target.files[0]) });
  const planCountry = h('input', { id: 'msel-plan-country', size: 3, maxlength: 2, placeholder: 'LV', 'aria-label': 'Country whose plan to exercise', class: 'narrow' });
  const toolbar = h('div', { class: 'toolbar' },
    h('label', { for: 'msel-file', class: 'button secondary' }, 'Import JSON or CSV…'), fileInput,
    h('button', { type: 'button', class: 'secondary', id: 'msel-export-json', onclick: () => download(downloads, `${draft.name || 'scenario'}.json`, 'application/json', JSON.stringify(draft, null, 2)) }, 'Export JSON'),
    h('button', { type: 'button', class: 'secondary', id: 'msel-export-csv', onclick: async () => {
      try { const r = await api('POST', '/api/v1/exercises/scenario-checks', draft, { accept: 'text/csv' }); download(downloads, `${draft.name || 'msel'}.csv`, 'text/csv', r.body); } catch (e) { render(message, errorBox(e)); }
    } }, 'Export CSV'),
    planCountry,
    h('button', { type: 'button', class: 'secondary', id: 'msel-from-plan', onclick: async () => {
      try { loaded(await api('GET', `/api/v1/exercises/scenario-proposals?country=${encodeURIComponent(planCountry.value.trim())}`).then(r => r.body), 'A scenario exercising every contact point and playbook step of the plan in force.'); } catch (e) { render(message, errorBox(e)); }
    } }, 'From the plan'),
    h('button', { type: 'button', class: 'secondary', id: 'msel-new', onclick: () => { if (!draft.injects.length || confirm('Start a new scenario? The current draft is dropped.')) loaded(blank(), 'A new scenario.'); } }, 'New'),
    h('span', { class: 'zoom' }, 'Zoom ',
      h('button', { type: 'button', class: 'secondary', 'aria-label': 'Zoom in', onclick: () => { secondsPerPx = Math.max(5, secondsPerPx / 2); renderTimeline(); } }, '+'),
      h('button', { type: 'button', class: 'secondary', 'aria-label': 'Zoom out', onclick: () => { secondsPerPx = Math.min(960, secondsPerPx * 2); renderTimeline(); } }, '−')),
    h('button', { type: 'button', id: 'msel-check', class: 'secondary', onclick: check }, 'Check'),
    h('button', { type: 'button', id: 'msel-load', onclick: async () => {
      try { const r = await post('/api/v1/exercises', draft); localStorage.removeItem(DRAFT_KEY); location.hash = `#/exercises/${r.body.id}`; }
      catch (e) { show(e.problem && e.problem.errors, ''); render(message, errorBox(e)); }
    } }, 'Load as exercise'));

  if (!session.has('EXERCISE_PLANNER', 'COORDINATOR')) {
    return { node: h('section', {}, h('h1', {}, 'MSEL editor'), h('p', {}, 'Only exercise planners and coordinators write scenarios.')) };
  }
  sortOrder();
  renderHeader();
  renderTimeline();
  renderDetails();
  requestAnimationFrame(() => renderList());
  return { node: h('section', { class: 'msel' }, h('h1', {}, 'EXERCISE — MSEL editor'),
    h('p', { class: 'muted' }, 'Drag an inject along its country\'s lane to change when it is released, or select it in the list and use ← → (Shift: 10 minutes); ↑ ↓ move through the list, Delete removes. The draft stays in this browser until it is loaded.'),
    toolbar, downloads, message, kept, header, h('div', { class: 'legend' }, KINDS.map(k => h('span', { class: `key k-${k}` }, k)), h('span', { class: 'key expects' }, 'has an expectation'), h('span', { class: 'key failing' }, 'has a problem')),
    timeline, problemList, h('div', { class: 'msel-edit' }, list, details)) };
}

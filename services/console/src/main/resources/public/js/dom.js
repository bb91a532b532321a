// Small DOM helpers: every text goes in as text, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'style') el.style.cssText = v; // CSSOM, which the page's CSP allows (a style attribute it would not)
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function render(target, ...children) {
  target.replaceChildren();
  append(target, children);
}

export const EXERCISE_PREFIX = 'EXERCISE EXERCISE EXERCISE';

export function titled(item) {
  // The services leave the title out wherever the TLP marking does not share it with the reader (or keeps it off e-mail).
  const title = item.title || `(title withheld under TLP:${item.tlp || 'RED'} — open the incident if it is shared with you)`;
  return item.mode === 'EXERCISE' && !title.startsWith(EXERCISE_PREFIX) ? `${EXERCISE_PREFIX} ${title}` : title;
}

export const severityBadge = s => s ? h('span', { class: `badge sev-${s}`, title: 'severity' }, s) : '';
export const tlpBadge = t => t ? h('span', { class: `badge tlp tlp-${t}`, title: 'Traffic Light Protocol' }, `TLP:${t}`) : '';
export const exerciseBadge = mode => mode === 'EXERCISE' ? h('span', { class: 'badge exercise-tag' }, 'EXERCISE') : '';

export function when(instant) {
  if (!instant) return '—';
  const d = new Date(instant);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function duration(ms) {
  const s = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const d = Math.floor(s / 86400), hh = Math.floor(s % 86400 / 3600), mm = Math.floor(s % 3600 / 60), ss = s % 60;
  if (d > 0) return `${d} d ${hh} h`;
  if (hh > 0) return `${hh} h ${String(mm).padStart(2, '0')} min`;
  return `${mm}:${String(ss).padStart(2, '0')}`;
}

/** "acknowledge within 12:04" / "overdue by 3:10", refreshed by tick(). */
export function countdown(deadline, label = 'due in') {
  const el = h('span', { class: 'countdown', dataset: { deadline } });
  updateCountdown(el, label);
  el.dataset.label = label;
  return el;
}

export function updateCountdown(el, label = el.dataset.label) {
  const left = new Date(el.dataset.deadline).getTime() - Date.now();
  el.textContent = left >= 0 ? `${label} ${duration(left)}` : `overdue by ${duration(left)}`;
  el.classList.toggle('late', left < 0);
  el.classList.toggle('soon', left >= 0 && left < 5 * 60 * 1000);
}

export function tickCountdowns(root = document) {
  root.querySelectorAll('.countdown[data-deadline]').forEach(el => updateCountdown(el));
}

export function problemText(e) {
  if (!e || !e.problem) return String(e);
  const fields = (e.problem.errors || []).map(x => `${x.field}: ${x.message}`).join('; ');
  return `${e.problem.title || 'Error'} (${e.status}): ${e.problem.detail || ''}${fields ? ' — ' + fields : ''}`;
}

export function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, problemText(e));
}

export function announce(text) {
  const s = document.getElementById('status');
  s.textContent = text;
}

export function field(labelText, control, hint) {
  const id = control.id || ('f-' + Math.random().toString(36).slice(2));
  control.id = id;
  const error = h('div', { class: 'field-error', id: id + '-error', 'aria-live': 'polite' });
  control.setAttribute('aria-describedby', error.id);
  return h('div', { class: 'field', dataset: { field: control.name || '' } }, h('label', { for: id }, labelText), hint ? h('div', { class: 'muted' }, hint) : '', control, error);
}

/** Shows 422 errors next to the fields they name; returns the names not found. */
export function showFieldErrors(form, e) {
  form.querySelectorAll('.field-error').forEach(x => { x.textContent = ''; });
  const missed = [];
  for (const err of (e.problem && e.problem.errors) || []) {
    const name = String(err.field || '').replace(/^body\./, '').split(/[.[]/)[0];
    const box = form.querySelector(`[data-field="${CSS.escape(name)}"] .field-error`);
    if (box) box.textContent = err.message; else missed.push(err);
  }
  return missed;
}

/** Whether a problem named fields and each was shown beside its own (else it is said above, as a whole). */
export function shownBesideFields(e, missed) {
  return !!(e && e.problem && (e.problem.errors || []).length) && !missed.length;
}

/** "Entries 51–100 of 1,234" with Newer / Older buttons for a list page of the API ({items, page, size, total}, newest first). */
export function pager(list, load, what = 'entries') {
  const first = list.total ? list.page * list.size + 1 : 0;
  const last = list.page * list.size + list.items.length;
  const more = (list.page + 1) * list.size < list.total;
  const label = `Pages of ${what}`;
  // The list and this pager are drawn again: the keyboard stays on the button it pressed (or its twin, once disabled).
  const go = (page, which) => async () => {
    await load(page);
    const again = [...document.querySelectorAll('nav.pager')].find(n => n.getAttribute('aria-label') === label);
    if (again) (again.querySelector(`.${which}:not([disabled])`) || again.querySelector('button:not([disabled])') || again).focus();
  };
  return h('nav', { class: 'pager toolbar', 'aria-label': label },
    h('button', { type: 'button', class: 'secondary newer', disabled: list.page === 0, onclick: go(list.page - 1, 'newer') }, '← Newer'),
    h('span', { class: 'muted', role: 'status' }, list.total ? `${what[0].toUpperCase()}${what.slice(1)} ${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${list.total.toLocaleString('en')}` : `no ${what}`),
    h('button', { type: 'button', class: 'secondary older', disabled: !more, onclick: go(list.page + 1, 'older') }, 'Older →'));
}

// The case board's map of Europe: every member coloured by where the chosen case's alert to it stands, in the colours
// and words of the board's grid, which is the map's text alternative. The shapes are Natural Earth's (public domain),
// made once into geo/europe.json by services/console/tools/europe-map.mjs (geo/NOTICE says where from).
import { h, when, titled } from '../dom.js';
import { STATES, iso, receiptStates as receipts, word } from './receipts.js';

const SVG = 'http://www.w3.org/2000/svg';
const DOT_RADIUS = 7;

let shapes = null;
/** The map's shapes, fetched from the console itself once per page load. */
export function europe() {
  if (!shapes) {
    shapes = fetch('/geo/europe.json').then(r => {
      if (!r.ok) throw new Error(`the map of Europe could not be loaded (${r.status})`);
      return r.json();
    }).catch(e => { shapes = null; throw e; });
  }
  return shapes;
}

/** The id the board gives a case's grid, which the map names as its text alternative. */
export const gridId = incidentId => `receipts-${incidentId}`;

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}


function detail(name, code, receipt) {
  if (!receipt) return `${name} (${code}): not alerted.`;
  if (receipt.state === 'REPORTER') return `${name} (${code}): reported the incident.`;
  const a = receipt.alert;
  const parts = [`${name} (${code}): ${word(receipt.state)}`, `dispatched ${when(a.dispatchedAt)}`];
  if (a.deliveredAt) parts.push(`delivered ${when(a.deliveredAt)}`);
  if (a.acknowledgedAt) parts.push(`acknowledged ${when(a.acknowledgedAt)}${a.acknowledgedBy ? ` by ${a.acknowledgedBy}` : ''}`);
  else if (a.ackDeadline) parts.push(`to acknowledge by ${when(a.ackDeadline)}`);
  return parts.join(', ') + '.';
}

function legend() {
  return h('ul', { class: 'legend map-legend', 'aria-label': 'Colours of the map' },
    h('li', {}, h('span', { class: 'cell' }, 'not alerted')),
    STATES.map(s => h('li', {}, h('span', { class: `cell ${s}` }, s.toLowerCase()))),
    h('li', {}, h('span', { class: 'cell outside' }, 'not in the plan')));
}

/**
 * The map panel of the board: a case chooser, the map and what the chosen country's alert has reached. {@code show}
 * draws it for the board's cases (most urgent first) after the board itself, keeping the case, country and focus chosen.
 */
export function caseMapPanel(members, geo) {
  const names = new Map(members.map(m => [iso(m.code), m.name]));
  let chosen = null; // the incident on the map; the most urgent open case until the person picks one
  let picked = null; // the country whose receipt is described
  let cases = [];
  const chooser = h('select', { id: 'map-case', name: 'mapCase', onchange: () => { chosen = chooser.value; picked = null; draw(); } });
  const drawing = h('div', { class: 'map-drawing' });
  const caption = h('p', { id: 'map-caption' });
  const said = h('p', { id: 'map-country', role: 'status', 'aria-live': 'polite' });
  const node = h('section', { class: 'card case-map', id: 'case-map', 'aria-labelledby': 'case-map-title' },
    h('h2', { id: 'case-map-title' }, 'Map of receipts'),
    h('div', { class: 'field' }, h('label', { for: 'map-case' }, 'Case on the map'), chooser),
    h('div', { class: 'map-body' }, drawing,
      h('div', { class: 'map-side' }, caption, said, legend(),
        h('p', { class: 'muted source' }, 'Map: Natural Earth (public domain), via world-atlas (ISC).'))));

  const pick = (code, focus) => {
    picked = code;
    const holder = drawing.querySelector('svg');
    if (!holder) return;
    holder.querySelectorAll('.country').forEach(g => {
      const on = g.dataset.country === code;
      g.setAttribute('aria-pressed', String(on));
      g.setAttribute('tabindex', on ? '0' : '-1');
      if (on && focus) g.focus();
    });
    document.querySelectorAll('.cell.picked').forEach(cell => cell.classList.remove('picked'));
    const c = cases.find(x => x.incidentId === chosen);
    const cell = c && document.querySelector(`#${CSS.escape(gridId(c.incidentId))} .cell[data-country="${CSS.escape(code)}"]`);
    if (cell) cell.classList.add('picked');
    said.textContent = c ? detail(names.get(code) || code, code, receipts(c).get(code)) : '';
  };

  /** Arrow keys move between the countries (alphabetical, as in the grid), Enter or Space describes the one focused. */
  const keys = (e, order) => {
    const at = order.indexOf(document.activeElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: order.length - 1 }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      const to = order[(next + order.length) % order.length];
      order.forEach(g => g.setAttribute('tabindex', g === to ? '0' : '-1'));
      to.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(document.activeElement.dataset.country, true);
    }
  };

  const draw = () => {
    const c = cases.find(x => x.incidentId === chosen);
    const focused = drawing.contains(document.activeElement) ? document.activeElement.dataset.country : null;
    node.dataset.incidentId = c ? c.incidentId : '';
    if (!c) {
      drawing.replaceChildren(h('p', { class: 'muted' }, 'No open case to show.'));
      caption.textContent = '';
      said.textContent = '';
      return;
    }
    caption.textContent = `${c.reference} — ${titled(c)}: how far its alert has reached each member. `
      + 'The grid under the case on this board lists the same, country by country.';
    if (geo instanceof Error) {
      drawing.replaceChildren(h('p', { class: 'error' }, `${geo.message}; the grid of each case says the same.`));
      return;
    }
    const states = receipts(c);
    const map = svg('svg', { class: 'europe', viewBox: geo.viewBox, role: 'group', 'aria-labelledby': 'map-caption',
      'aria-details': gridId(c.incidentId), 'data-incident-id': c.incidentId }); // every case shown has its grid on the board
    const context = svg('g', { class: 'context', 'aria-hidden': 'true' });
    geo.context.forEach(n => context.append(svg('path', { d: n.d })));
    const countries = svg('g', { class: 'countries' });
    const order = [];
    for (const shape of geo.countries) {
      const receipt = states.get(shape.code);
      const name = names.get(shape.code) || shape.name;
      const label = `${name} (${shape.code}): ${word(receipt && receipt.state)}`;
      const title = svg('title');
      title.textContent = label;
      const g = svg('g', { class: `country ${receipt ? receipt.state : ''}`.trim(), role: 'button', tabindex: '-1', 'aria-label': label,
        'aria-pressed': 'false', 'data-country': shape.code, 'data-state': receipt ? receipt.state : 'NONE' },
      title, svg('path', { d: shape.d }), shape.dot ? svg('circle', { cx: shape.dot[0], cy: shape.dot[1], r: DOT_RADIUS }) : null);
      g.addEventListener('click', () => pick(shape.code, true));
      g.addEventListener('focus', () => { said.textContent = detail(name, shape.code, receipt); });
      order.push(g);
      countries.append(g);
    }
    map.addEventListener('keydown', e => keys(e, order));
    map.append(context, countries);
    drawing.replaceChildren(map);
    const start = picked || iso(c.reporterCountry) || geo.countries[0].code;
    const entry = order.find(g => g.dataset.country === start) || order[0];
    entry.setAttribute('tabindex', '0');
    if (picked) pick(picked, false);
    else said.textContent = 'Choose a country on the map (Tab to it, then the arrow keys and Enter) to read where its alert stands.';
    const again = focused && order.find(g => g.dataset.country === focused);
    if (again) { order.forEach(g => g.setAttribute('tabindex', g === again ? '0' : '-1')); again.focus({ preventScroll: true }); }
  };

  const show = items => {
    cases = items;
    if (!cases.some(c => c.incidentId === chosen)) { chosen = cases.length ? cases[0].incidentId : null; picked = null; }
    chooser.replaceChildren(...cases.map(c => h('option', { value: c.incidentId, selected: c.incidentId === chosen }, `${c.reference} — ${titled(c)}`)));
    chooser.disabled = !cases.length;
    draw();
  };
  return { node, show };
}

// A case's deliveries: the notifications contact-points sent outside CyberPlan (webhooks, e-mail) about this case's
// alerts, by country and recipient, every failure and its reason on top. Read per country from
// GET /countries/{cc}/notifications?incidentId=, so the service's scope holds: a country's people see their country's,
// a coordinator every alerted country's; anyone else has no notification log to read, and the section is left out.
import { get, session } from '../api.js';
import { h, when, problemText } from '../dom.js';
import { outcomeInWords, failureInWords } from './notifications.js';

const SIZE = 200;

/** The "Deliveries" section of a case ({@code c} as GET /cases/{id} gives it), or nothing for who reads no notification log. */
export async function deliveriesSection(c) {
  const own = session.get().country;
  const countries = session.has('COORDINATOR')
    ? [...new Set((c.alerts || []).map(a => a.country))].filter(cc => cc !== 'EU').sort()
    : session.has('NCP', 'DUTY_OFFICER', 'PLAN_OWNER') ? [own] : [];
  if (!countries.length) return '';
  const read = await Promise.all(countries.map(cc =>
    get(`/api/v1/countries/${cc}/notifications?incidentId=${c.incidentId}&mode=${c.mode}&size=${SIZE}`)
      .then(list => ({ cc, list }), error => ({ cc, error }))));
  const failures = read.flatMap(({ cc, list }) => list ? list.items.filter(failing).map(n => ({ cc, n })) : []);
  return h('section', { class: 'card', id: 'case-deliveries', 'aria-labelledby': 'deliveries-heading' },
    h('h2', { id: 'deliveries-heading' }, 'Deliveries'),
    h('p', { class: 'muted' }, 'What reached each country’s people outside CyberPlan (webhooks and e-mail) about this case. ',
      countries.length === 1 ? h('a', { href: `#/notifications/${countries[0]}` }, `The channels and the whole log of ${countries[0]} →`) : ''),
    failures.length
      ? h('div', { id: 'delivery-failures', class: 'delivery-failures', role: 'group', 'aria-labelledby': 'delivery-failures-heading' },
        h('h3', { id: 'delivery-failures-heading', class: 'error' },
          `${failures.length === 1 ? '1 delivery' : `${failures.length} deliveries`} failing or failed`),
        h('ul', {}, failures.map(({ cc, n }) => h('li', { class: 'delivery-failure', dataset: { country: cc, target: n.target, status: n.status } },
          h('strong', {}, `${cc} · ${n.target}`), ` (${n.channel}, ${n.route}): `,
          h('span', { class: 'error reason' }, failureInWords(n.lastError)),
          h('span', { class: 'muted' }, ` · ${n.status === 'FAILED' ? 'given up' : 'still retrying'} after ${n.attempts} attempt${n.attempts === 1 ? '' : 's'}`)))))
      : '',
    read.map(country));
}

const failing = n => n.status === 'FAILED' || (n.status === 'PENDING' && n.lastError);

function country({ cc, list, error }) {
  if (error) {
    return h('div', { class: 'deliveries', dataset: { country: cc } }, h('h3', {}, cc), h('p', { class: 'error' }, problemText(error)));
  }
  const byTarget = new Map();
  list.items.forEach(n => byTarget.set(n.target, [...(byTarget.get(n.target) || []), n]));
  return h('div', { class: 'deliveries', dataset: { country: cc } },
    h('h3', {}, cc),
    byTarget.size
      ? h('ul', { class: 'recipients' }, [...byTarget].map(([target, sent]) =>
        h('li', { class: 'recipient', dataset: { country: cc, target } },
          h('strong', {}, target), ` (${sent[0].channel})`,
          h('ul', {}, sent.map(n => h('li', { class: `delivery status-${n.status}`, dataset: { status: n.status } },
            `${when(n.createdAt)} · ${n.route} · `, h('span', { class: failing(n) ? 'error' : null }, n.status), ' — ', outcomeInWords(n)))))))
      : h('p', { class: 'muted' }, `Nothing was sent to ${cc}’s people outside CyberPlan about this case.`),
    list.total > list.items.length ? h('p', { class: 'muted' }, `The ${list.items.length} newest of ${list.total}.`) : '');
}

// A country's notification channels and its notification log (contact-points' ChannelController and
// NotificationController): the webhooks and e-mail addresses that reach its people outside CyberPlan, edited as one list
// by those the API lets (its NCP, duty officers and plan owner, and the coordinators), and what was sent, is being retried,
// failed or was cancelled, each failure's reason in plain words. The API keeps a webhook's secret write-only.
import { api, get } from '../api.js';
import { h, render, when, errorBox, problemText, pager } from '../dom.js';
import { actionForm } from './action-forms.js';
import { select } from './incident-fields.js';

const PAGE_SIZE = 20;
const ROUTES = ['PRIMARY', 'BACKUP', 'LIAISON'];
const KINDS = ['EMAIL', 'WEBHOOK'];
const STATUSES = ['PENDING', 'SENT', 'FAILED', 'CANCELLED'];
const ROUTE_WORDS = { PRIMARY: 'new alerts', BACKUP: 'when an alert goes unanswered', LIAISON: 'EU-CyCLONe liaison calls' };

/** Why a delivery attempt failed, as the service records it (never what a receiver answered), in plain words. */
export function failureInWords(lastError) {
  if (!lastError) return 'no reason recorded';
  const http = lastError.match(/^HTTP (\d{3})$/);
  if (http) {
    const code = Number(http[1]);
    if (code >= 500) return `the receiving system had an error (it answered HTTP ${code})`;
    if (code === 401 || code === 403) return `the receiving system refused it: the signature or its secret was not accepted (HTTP ${code})`;
    if (code >= 400) return `the receiving system refused it (it answered HTTP ${code}); check the address`;
    return `the receiving system answered HTTP ${code} instead of accepting it`;
  }
  const refused = lastError.match(/^refused address: (.*)$/);
  if (refused) return `this node does not post to that address: ${refused[1]}; change the channel’s address`;
  if (lastError === 'timeout') return 'the receiving system did not answer in time';
  if (lastError === 'connection refused') return 'nothing accepted the connection at that address';
  if (lastError === 'host does not resolve') return 'the address’s host name does not exist (DNS)';
  if (lastError === 'TLS failure') return 'the secure connection failed (certificate or protocol)';
  if (lastError.startsWith('no SMTP server configured')) return 'this node has no mail server configured (its operator sets CYBERPLAN_SMTP_HOST)';
  const smtp = lastError.match(/^SMTP: (.*)$/s);
  if (smtp) return `the mail server did not take it: ${smtp[1]}`;
  if (/was removed: nothing to sign/.test(lastError)) return 'the webhook channel was removed, so nothing can sign the request';
  return lastError;
}

/** What became of one notification, in a sentence. */
export function outcomeInWords(n) {
  const tries = n.attempts === 1 ? '1 attempt' : `${n.attempts} attempts`;
  switch (n.status) {
    case 'SENT': return `Sent ${when(n.sentAt)}${n.attempts > 1 ? ` after ${tries}` : ''}.`;
    case 'FAILED': return `Failed, given up after ${tries}: ${failureInWords(n.lastError)}.`;
    case 'CANCELLED': return `Not sent any more (${when(n.cancelledAt)}): ${n.cancelReason || 'cancelled'}.`;
    default: return n.attempts && n.lastError
      ? `Failing, next try ${when(n.nextAttemptAt)} (${tries} so far): ${failureInWords(n.lastError)}.`
      : 'Waiting to be sent.';
  }
}

/** A wide table in a box of its own that scrolls sideways (and takes the keyboard to do so) on a narrow screen. */
const scrolling = (label, table) => h('div', { class: 'scrolls', role: 'region', 'aria-label': label, tabindex: '0', style: 'overflow-x:auto' }, table);

/** The page: the channels (with the editor) and the log, for a country the caller keeps. */
export async function notificationsView(cc, notice) {
  let channels;
  try {
    channels = await get(`/api/v1/countries/${cc}/channels`);
  } catch (e) {
    if (e.status === 403 || e.status === 404 || e.status === 422) {
      return { node: h('section', {}, h('h1', {}, `Notifications of ${cc}`),
        h('p', { class: 'error', role: 'alert', id: 'not-permitted' },
          `The notification channels and log of ${cc} are kept for its own people and the coordinators. `, problemText(e))) };
    }
    throw e;
  }
  const code = channels.country;
  const reload = async text => {
    const hash = location.hash;
    const fresh = await notificationsView(code, text);
    if (location.hash !== hash) return;
    render(document.getElementById('view'), fresh.node);
    const shown = document.getElementById('channels-result');
    if (shown) shown.focus();
  };
  return { node: h('section', { id: 'notifications', dataset: { country: code } },
    h('h1', {}, `Notifications of ${code}`),
    h('p', { class: 'muted' }, 'How the people on duty are reached outside CyberPlan, and what was sent to them. ',
      h('a', { href: `#/duty/${code}` }, `← The duty roster of ${code}`)),
    channelsSection(channels, notice, reload),
    await logSection(code)) };
}

function channelsSection(channels, notice, reload) {
  const list = channels.channels;
  return h('section', { class: 'card', 'aria-labelledby': 'channel-section-heading' },
    h('h2', { id: 'channel-section-heading' }, 'Channels'),
    notice ? h('p', { class: 'ok', role: 'status', id: 'channels-result', tabindex: '-1' }, notice) : '',
    list.length
      ? scrolling('The channels', h('table', { id: 'channel-list' },
        h('thead', {}, h('tr', {}, ['Route', 'Kind', 'Address', 'Secret', 'Enabled', 'Last changed'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, list.map(c => h('tr', { dataset: { route: c.route, kind: c.kind, address: c.address } },
          h('td', {}, c.route, h('div', { class: 'muted' }, ROUTE_WORDS[c.route] || '')), h('td', {}, c.kind), h('td', {}, c.address),
          h('td', {}, c.kind === 'WEBHOOK' ? (c.secretSet ? 'set (never shown)' : 'none') : '—'),
          h('td', {}, c.enabled ? 'yes' : 'no (paused)'),
          h('td', {}, `${when(c.updatedAt)} by ${c.updatedBy}`))))))
      : h('p', { id: 'channel-list-empty', class: 'muted' }, `No channel: ${channels.country}’s people are reached only in the inbox and by the e-mail of whoever is on duty.`),
    channelEditor(channels, reload));
}

/** The editor: the whole list as rows of fields, sent back as one (the API replaces the list). */
function channelEditor(channels, reload) {
  const rows = h('ol', { id: 'channel-rows', class: 'channel-rows' });
  let made = 0;
  const renumber = () => [...rows.children].forEach((row, i) => {
    row.querySelectorAll('[data-part]').forEach(box => { box.dataset.field = `channels[${i}].${box.dataset.part}`; });
    row.dataset.index = String(i);
  });
  const addRow = channel => {
    const n = made++;
    const part = (name, label, control, hint) => {
      control.id = `channel-${n}-${name}`;
      const error = h('div', { class: 'field-error', id: `${control.id}-error`, 'aria-live': 'polite' });
      control.setAttribute('aria-describedby', error.id);
      return h('div', { class: 'field', dataset: { part: name } }, h('label', { for: control.id }, label),
        hint ? h('div', { class: 'muted' }, hint) : '', control, error);
    };
    const kind = select('kind', KINDS, channel.kind || 'EMAIL');
    const secret = h('input', { name: 'secret', type: 'password', autocomplete: 'new-password', maxlength: 500,
      placeholder: channel.secretSet ? 'kept as it is unless you type a new one' : 'at least 32 characters' });
    const secretField = part('secret', 'Webhook secret (signs each request)', secret);
    const showSecret = () => { secretField.hidden = kind.value !== 'WEBHOOK'; };
    kind.addEventListener('change', showSecret);
    const enabled = h('input', { name: 'enabled', type: 'checkbox', checked: channel.enabled !== false });
    enabled.id = `channel-${n}-enabled`;
    const row = h('li', { class: 'channel-row card' },
      part('route', 'Route', select('route', ROUTES, channel.route || 'PRIMARY')),
      part('kind', 'Kind', kind),
      part('address', 'Address (e-mail, or the webhook’s https URL)', h('input', { name: 'address', value: channel.address || '', maxlength: 2000, size: 40 })),
      secretField,
      h('p', {}, h('label', { for: enabled.id }, enabled, ' Enabled')),
      h('button', { type: 'button', class: 'secondary remove-channel', onclick: () => { row.remove(); renumber(); } }, 'Remove this channel'));
    showSecret();
    rows.append(row);
    renumber();
    return row;
  };
  channels.channels.forEach(addRow);
  const add = h('button', { type: 'button', class: 'secondary', id: 'add-channel',
    onclick: () => addRow({}).querySelector('select, input').focus() }, 'Add a channel');
  return actionForm('channels', 'Change the channels',
    'The whole list is saved at once. A webhook keeps its secret when you leave the secret empty.',
    [rows, h('p', {}, add)], 'Save the channels', async (form, message) => {
      form.querySelectorAll('.field-error').forEach(x => { x.textContent = ''; });
      form.querySelectorAll('[aria-invalid]').forEach(x => x.removeAttribute('aria-invalid'));
      const body = { channels: [...rows.children].map(row => {
        const value = name => row.querySelector(`[name="${name}"]`);
        const kind = value('kind').value;
        const secret = value('secret').value;
        return { route: value('route').value, kind, address: value('address').value.trim(),
          secret: kind === 'WEBHOOK' && secret ? secret : null, enabled: value('enabled').checked };
      }) };
      const r = await api('PUT', `/api/v1/countries/${channels.country}/channels`, body).catch(e => e);
      if (r instanceof Error) {
        if (r.status !== 422) throw r;
        const rest = placeErrors(form, r);
        render(message, rest.length ? errorBox(r) : h('p', { class: 'error', role: 'alert' }, 'The channels were not saved: see the message beside each field.'));
        return;
      }
      const count = r.body.channels.length;
      await reload(`Channels saved: ${count === 1 ? '1 channel' : `${count} channels`}.`);
    });
}

/** Each error beside the field of the row it names ({@code channels[1].address}); returns those that name none. */
function placeErrors(form, e) {
  const rest = [];
  let first = null;
  for (const error of (e.problem && e.problem.errors) || []) {
    const box = form.querySelector(`[data-field="${CSS.escape(String(error.field || '').replace(/^body\./, ''))}"]`);
    if (!box) { rest.push(error); continue; }
    box.querySelector('.field-error').textContent = error.message;
    const control = box.querySelector('input, select');
    control.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  if (first) first.focus();
  return rest;
}

/** The log, newest first, a page at a time, filtered by status and by real or exercise. */
async function logSection(cc) {
  const holder = h('div', { id: 'notification-log-holder' });
  const status = select('status', [{ value: '', label: 'Every status' }, ...STATUSES.map(s => ({ value: s, label: s }))], '', { id: 'log-status' });
  const mode = select('mode', [{ value: 'REAL', label: 'Real' }, { value: 'EXERCISE', label: 'Exercise' }], 'REAL', { id: 'log-mode' });
  const load = async page => {
    try {
      const query = `mode=${mode.value}${status.value ? `&status=${status.value}` : ''}&page=${page}&size=${PAGE_SIZE}`;
      const list = await get(`/api/v1/countries/${cc}/notifications?${query}`);
      render(holder, list.items.length
        ? scrolling('The notification log', h('table', { id: 'notification-log' },
          h('thead', {}, h('tr', {}, ['Recipient', 'Channel', 'When', 'Status', 'Attempts', 'What happened'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, list.items.map(n => h('tr', { class: `notification status-${n.status}`, dataset: { status: n.status, target: n.target, alertId: n.alertId } },
            h('td', {}, n.target), h('td', {}, `${n.channel} · ${n.route}`),
            h('td', {}, h('time', { datetime: n.createdAt }, when(n.createdAt))),
            h('td', {}, h('span', { class: n.status === 'FAILED' ? 'error' : null }, n.status)),
            h('td', {}, String(n.attempts)),
            h('td', { class: 'outcome' }, n.subject ? h('div', { class: 'muted' }, n.subject) : '', outcomeInWords(n)))))))
        : h('p', { id: 'notification-log-empty', class: 'muted' },
          `No ${status.value ? status.value.toLowerCase() + ' ' : ''}${mode.value === 'EXERCISE' ? 'exercise ' : ''}notification of ${cc}.`),
      pager(list, load, 'notifications'));
    } catch (e) {
      render(holder, errorBox(e));
    }
  };
  status.addEventListener('change', () => load(0));
  mode.addEventListener('change', () => load(0));
  await load(0);
  return h('section', { class: 'card', 'aria-labelledby': 'log-heading' },
    h('h2', { id: 'log-heading' }, 'Notification log, newest first'),
    h('div', { class: 'toolbar log-filter', role: 'group', 'aria-label': 'Filter the log' },
      h('label', { for: 'log-status' }, 'Status '), status, ' ', h('label', { for: 'log-mode' }, 'Alerts '), mode),
    holder);
}

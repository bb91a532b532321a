// Accounts for administrators (COUNTRY_ADMIN: their country's; ADMIN: EU-level, and a country's first administrator).
import { api, get, post, session } from '../api.js';
import { h, problemText, render, when } from '../dom.js';

export async function accountsView() {
  const page = await get('/api/v1/accounts?size=500');
  const s = session.get();
  const field = (id, label, attrs = {}) => [h('label', { for: id }, label), h('input', { id, name: id, ...attrs })];
  const created = h('div', { role: 'status', id: 'account-created' });
  const form = h('form', { class: 'card', id: 'new-account', onsubmit: async e => {
    e.preventDefault();
    const v = id => form.querySelector('#' + id).value.trim();
    try {
      const r = await post('/api/v1/accounts', { username: v('acc-username'), displayName: v('acc-name'), email: v('acc-email') || null,
        country: v('acc-country').toUpperCase(), roles: v('acc-roles').split(/[\s,]+/).filter(Boolean) });
      render(created, setupLink(r.body, 'created'));
    } catch (err) {
      render(created, h('p', { class: 'error', role: 'alert' }, problemText(err)));
    }
  } }, h('h2', {}, 'New account'),
    field('acc-username', 'User name', { required: true }), field('acc-name', 'Name', { required: true }),
    field('acc-email', 'E-mail', { type: 'email' }), field('acc-country', 'Country', { value: s.country, maxlength: '2', required: true }),
    field('acc-roles', 'Roles (e.g. DUTY_OFFICER NCP)', { required: true }),
    h('p', {}, h('button', { type: 'submit' }, 'Create')), created);
  const rows = page.items.map(a => row(a, s.username));
  const countryAdmin = session.has('COUNTRY_ADMIN') && s.country !== 'EU';
  return { node: h('section', {}, h('h1', {}, 'Accounts'), countryAdmin ? await securityCard(s.country) : '', form,
    h('div', { role: 'status', id: 'account-action' }),
    h('table', { id: 'accounts' }, h('thead', {}, h('tr', {}, ['User', 'Name', 'Country', 'Roles', 'MFA', 'Last login', ''].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))) };
}

/** The country's "MFA for all" switch: from then on every login without an authenticator is walked through enrolment. */
async function securityCard(country) {
  const state = await get(`/api/v1/countries/${country}/security`);
  const result = h('span', { role: 'status', id: 'mfa-required-result' });
  const box = h('input', { type: 'checkbox', id: 'mfa-required', checked: state.mfaRequired, onchange: async () => {
    try {
      const r = await api('PUT', `/api/v1/countries/${country}/security`, { mfaRequired: box.checked });
      box.checked = r.body.mfaRequired;
      render(result, r.body.mfaRequired ? ' Required: accounts without an authenticator set one up at their next login.' : ' Not required.');
    } catch (err) {
      box.checked = !box.checked;
      render(result, h('span', { class: 'error' }, ' ' + problemText(err)));
    }
  } });
  return h('div', { class: 'card', id: 'country-security' }, h('h2', {}, `Security of ${country}`),
    h('p', {}, box, ' ', h('label', { for: 'mfa-required' }, `Require a second factor for every account of ${country}`), result));
}

/** One account, with what its administrator can do for it: disable, reset a lost second factor, send a new setup link. */
function row(a, me) {
  const path = `/api/v1/accounts/${encodeURIComponent(a.username)}`;
  const mfa = h('td', { class: 'mfa' }, a.mfa ? 'yes' : 'no');
  const act = (label, cls, run) => h('button', { type: 'button', class: cls, onclick: async e => {
    const out = document.getElementById('account-action');
    try {
      await run(e.target, out);
    } catch (err) {
      render(out, h('p', { class: 'error', role: 'alert' }, `${a.username}: ${problemText(err)}`));
    }
  } }, label);
  const actions = [act(a.enabled ? 'Disable' : 'Enable', 'toggle', async button => {
    const r = await api('PATCH', path, { enabled: !a.enabled });
    a.enabled = r.body.enabled;
    button.textContent = a.enabled ? 'Disable' : 'Enable';
  })];
  // Never one's own: another administrator resets an administrator's second factor or password.
  if (a.username !== me) {
    actions.push(' ', act('Reset second factor', 'reset-mfa', async (button, out) => {
      await api('DELETE', `${path}/totp`);
      render(mfa, 'no');
      render(out, h('p', {}, `Second factor of ${a.username} removed and their sessions ended; they set up a new one (at their next login where MFA is required).`));
    }), ' ', act('New setup link', 'new-setup-link', async (button, out) => {
      const r = await post(`${path}/setup-token`, {});
      render(out, setupLink(r.body, 'given a new setup link (earlier links no longer work)'));
    }));
  }
  return h('tr', { dataset: { username: a.username } },
    h('th', { scope: 'row' }, a.username), h('td', {}, a.displayName), h('td', {}, a.country), h('td', {}, a.roles.join(', ')),
    mfa, h('td', {}, when(a.lastLoginAt)), h('td', {}, actions));
}

function setupLink(created, what) {
  const link = `${location.origin}/#/setup/${encodeURIComponent(created.setupToken)}`;
  return [h('p', {}, `Account ${created.account.username} ${what}. Send this setup link to the person (single use, valid 24 h); `
    + 'they choose their own password with it:'), h('p', {}, h('code', { id: 'setup-link' }, link))];
}

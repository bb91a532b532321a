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
      const link = `${location.origin}/#/setup/${encodeURIComponent(r.body.setupToken)}`;
      render(created, h('p', {}, `Account ${r.body.account.username} created. Send this setup link to the person (single use, valid 24 h); `
        + 'they choose their own password with it:'), h('p', {}, h('code', { id: 'setup-link' }, link)));
    } catch (err) {
      render(created, h('p', { class: 'error', role: 'alert' }, problemText(err)));
    }
  } }, h('h2', {}, 'New account'),
    field('acc-username', 'User name', { required: true }), field('acc-name', 'Name', { required: true }),
    field('acc-email', 'E-mail', { type: 'email' }), field('acc-country', 'Country', { value: s.country, maxlength: '2', required: true }),
    field('acc-roles', 'Roles (e.g. DUTY_OFFICER NCP)', { required: true }),
    h('p', {}, h('button', { type: 'submit' }, 'Create')), created);
  const rows = page.items.map(a => h('tr', { dataset: { username: a.username } },
    h('th', { scope: 'row' }, a.username), h('td', {}, a.displayName), h('td', {}, a.country), h('td', {}, a.roles.join(', ')),
    h('td', {}, a.mfa ? 'yes' : 'no'), h('td', {}, when(a.lastLoginAt)),
    h('td', {}, h('button', { type: 'button', onclick: async e => {
      try {
        const r = await api('PATCH', `/api/v1/accounts/${encodeURIComponent(a.username)}`, { enabled: !a.enabled });
        a.enabled = r.body.enabled;
        e.target.textContent = a.enabled ? 'Disable' : 'Enable';
      } catch (err) {
        e.target.after(h('span', { class: 'error' }, ' ' + problemText(err)));
      }
    } }, a.enabled ? 'Disable' : 'Enable'))));
  return { node: h('section', {}, h('h1', {}, 'Accounts'), form,
    h('table', { id: 'accounts' }, h('thead', {}, h('tr', {}, ['User', 'Name', 'Country', 'Roles', 'MFA', 'Last login', ''].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))) };
}

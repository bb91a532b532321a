// The caller's own account: change the password, set up the second factor; and the setup link's page.
import { post, session } from '../api.js';
import { h, problemText, render } from '../dom.js';
import { totpSetup } from './login.js';

export async function myAccountView() {
  const current = h('input', { id: 'current-password', type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { id: 'new-password', type: 'password', autocomplete: 'new-password', minlength: '12', required: true });
  const passwordResult = h('div', { role: 'status' });
  const mfa = h('div', { id: 'mfa-setup' });
  const mfaCurrent = h('input', { id: 'mfa-current', type: 'password', autocomplete: 'current-password' });
  const mfaProof = h('input', { id: 'mfa-proof', autocomplete: 'one-time-code', maxlength: '20' });
  return { node: h('section', {}, h('h1', {}, `My account: ${session.get().username}`),
    h('form', { class: 'card', id: 'change-password', onsubmit: async e => {
      e.preventDefault();
      try {
        await post('/api/v1/accounts/me/password', { current: current.value, password: next.value });
        render(passwordResult, h('p', {}, 'Password changed; your other sessions have ended.'));
        current.value = next.value = '';
      } catch (err) {
        render(passwordResult, h('p', { class: 'error', role: 'alert' }, problemText(err)));
      }
    } }, h('h2', {}, 'Change my password'),
      h('label', { for: 'current-password' }, 'Current password'), current,
      h('label', { for: 'new-password' }, 'New password (at least 12 characters; a few words make a good one)'), next,
      h('p', {}, h('button', { type: 'submit' }, 'Change password')), passwordResult),
    h('div', { class: 'card' }, h('h2', {}, 'Set up MFA'),
      h('p', {}, 'A code from an authenticator app, asked at every login. Setting up a new phone replaces the old one once confirmed.'),
      h('p', { class: 'muted' }, 'Replacing an authenticator you already have takes your password and a code from it (or a recovery code):'),
      h('label', { for: 'mfa-current' }, 'Current password (only to replace an authenticator)'), mfaCurrent,
      h('label', { for: 'mfa-proof' }, 'Code of your current authenticator, or a recovery code'), mfaProof,
      h('p', {}, h('button', { type: 'button', id: 'start-mfa', onclick: async () => {
        try {
          const proof = mfaCurrent.value ? { current: mfaCurrent.value, code: mfaProof.value.trim() } : {};
          const r = await post('/api/v1/accounts/me/totp', proof);
          mfaCurrent.value = mfaProof.value = '';
          render(mfa, totpSetup(r.body, code => post('/api/v1/accounts/me/totp/confirm', { code })));
        } catch (err) {
          render(mfa, h('p', { class: 'error', role: 'alert' }, problemText(err)));
        }
      } }, 'Set up authenticator app')), mfa)) };
}

/** The page of the setup link an administrator sent: the person chooses their first password. */
export function setupView(token, onDone) {
  const password = h('input', { id: 'setup-password', type: 'password', autocomplete: 'new-password', minlength: '12', required: true, autofocus: true });
  const result = h('div', { role: 'status' });
  return h('form', { class: 'card login', id: 'setup', onsubmit: async e => {
    e.preventDefault();
    try {
      await post('/api/v1/accounts/setup', { setupToken: token, password: password.value }, { anonymous: true });
      render(result, h('p', {}, 'Password set. ', h('a', { href: '#', onclick: onDone }, 'Log in'), ' with your user name and this password.'));
    } catch (err) {
      render(result, h('p', { class: 'error', role: 'alert' }, problemText(err)));
    }
  } }, h('h1', {}, 'Choose your password'),
    h('p', { class: 'muted' }, 'At least 12 characters, not your user name, not a common password. Nobody else ever sees it.'),
    h('label', { for: 'setup-password' }, 'Password'), password,
    h('p', {}, h('button', { type: 'submit' }, 'Set password')), result);
}

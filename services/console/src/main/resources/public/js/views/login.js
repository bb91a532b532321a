import { login } from '../api.js';
import { h, problemText } from '../dom.js';

export function loginView(onLoggedIn) {
  const error = h('p', { class: 'error', role: 'alert' });
  const username = h('input', { name: 'username', id: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'card login', onsubmit: async e => {
    e.preventDefault();
    error.textContent = '';
    try {
      await login(username.value.trim(), password.value);
      onLoggedIn();
    } catch (err) {
      error.textContent = err.status === 401 ? 'Wrong user name or password.' : problemText(err);
    }
  } },
  h('h1', {}, 'Log in to CyberPlan'),
  h('label', { for: 'username' }, 'User name'), username,
  h('label', { for: 'password' }, 'Password'), password,
  h('p', {}, h('button', { type: 'submit', id: 'login-submit' }, 'Log in')),
  error);
  return form;
}

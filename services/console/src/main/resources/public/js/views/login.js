import { login, post } from '../api.js';
import { h, problemText, render } from '../dom.js';

/**
 * The login form. An account with a second factor is asked for the code after the password; an account whose
 * country requires one and that has none yet is walked through enrolment with the ticket the login answered.
 */
export function loginView(onLoggedIn) {
  const error = h('p', { class: 'error', role: 'alert' });
  const username = h('input', { name: 'username', id: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const otp = h('input', { name: 'otp', id: 'otp', autocomplete: 'one-time-code', inputmode: 'text', maxlength: '20' });
  const otpField = h('div', { id: 'otp-field', hidden: true },
    h('label', { for: 'otp' }, 'Code from your authenticator app (or a recovery code)'), otp);
  const panel = h('div', { id: 'login-extra' });
  const form = h('form', { class: 'card login', onsubmit: async e => {
    e.preventDefault();
    error.textContent = '';
    try {
      await login(username.value.trim(), password.value, otp.value.trim());
      onLoggedIn();
    } catch (err) {
      const problem = err.problem || {};
      if (err.status === 401 && problem.mfaEnrolmentRequired) {
        render(panel, enrolment(problem.enrolmentToken, () => { otpField.hidden = false; otp.focus(); }));
      } else if (err.status === 401 && problem.mfaRequired) {
        error.textContent = otpField.hidden ? '' : 'That code was not accepted (each code works once).';
        otpField.hidden = false;
        otp.value = '';
        otp.focus();
      } else if (err.status === 429) {
        error.textContent = 'Too many failed logins: ' + problemText(err);
      } else {
        error.textContent = err.status === 401 ? 'Wrong user name or password.' : problemText(err);
      }
    }
  } },
  h('h1', {}, 'Log in to CyberPlan'),
  h('label', { for: 'username' }, 'User name'), username,
  h('label', { for: 'password' }, 'Password'), password,
  otpField,
  h('p', {}, h('button', { type: 'submit', id: 'login-submit' }, 'Log in')),
  error, panel);
  return form;
}

/** Enrolment with the login's ticket: the secret to type into the app, a first code, the recovery codes. */
function enrolment(ticket, onEnrolled) {
  const box = h('div', { class: 'card', id: 'enrolment' },
    h('h2', {}, 'Your country requires a second factor'),
    h('p', {}, 'Set up an authenticator app (FreeOTP, Aegis, Google or Microsoft Authenticator) now; it takes a minute.'));
  post('/api/v1/accounts/enrolment/totp', { enrolmentToken: ticket }, { anonymous: true }).then(r => {
    box.append(totpSetup(r.body, code => post('/api/v1/accounts/enrolment/totp/confirm', { enrolmentToken: ticket, code }, { anonymous: true }), onEnrolled));
  }).catch(err => box.append(h('p', { class: 'error', role: 'alert' }, problemText(err))));
  return box;
}

/** The secret and its otpauth URI, a field for the first code, and the recovery codes once it is confirmed. */
export function totpSetup(enrolment, confirm, onConfirmed) {
  const code = h('input', { id: 'totp-code', autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: '6', required: true });
  const result = h('div', { role: 'status' });
  return h('div', {},
    h('p', {}, 'Add this key to the app (type it, or open the link on the phone):'),
    h('p', {}, h('code', { id: 'totp-secret' }, enrolment.secret)),
    h('p', { class: 'muted' }, h('a', { href: enrolment.otpauthUri }, enrolment.otpauthUri)),
    h('form', { onsubmit: async e => {
      e.preventDefault();
      try {
        const r = await confirm(code.value.trim());
        render(result, h('p', {}, 'Second factor set up. Keep these recovery codes somewhere safe; each works once in place of a code, and they are not shown again:'),
          h('ul', { id: 'recovery-codes' }, r.body.recoveryCodes.map(c => h('li', {}, h('code', {}, c)))));
        if (onConfirmed) onConfirmed();
      } catch (err) {
        render(result, h('p', { class: 'error', role: 'alert' }, problemText(err)));
      }
    } }, h('label', { for: 'totp-code' }, 'The 6-digit code the app shows now'), code, h('button', { type: 'submit' }, 'Confirm')),
    result);
}

// The console: a hash router over views; each view may return a stop() for its timers.
import { session, logout } from './api.js';
import { render, h, tickCountdowns } from './dom.js';
import { loginView } from './views/login.js';
import { inboxView, startInboxWatch } from './views/inbox.js';
import { incidentsView, incidentFormView, incidentView } from './views/incidents.js';
import { casesView, caseView } from './views/cases.js';
import { dutyView, dutyRosterView } from './views/duty.js';
import { exercisesView, exerciseView } from './views/exercises.js';
import { readinessView } from './views/readiness.js';
import { mselView } from './views/msel.js';
import { myAccountView, setupView } from './views/account.js';
import { accountsView } from './views/accounts.js';
import { comchecksView, comcheckView } from './views/comchecks.js';
import { auditView } from './views/audit.js';
import { notificationsView } from './views/notifications.js';

const routes = [
  [/^#\/inbox(?:\/(exercise))?$/, m => inboxView(m[1] === 'exercise' ? 'EXERCISE' : 'REAL')],
  [/^#\/incidents$/, () => incidentsView()],
  [/^#\/incidents\/new$/, () => incidentFormView()],
  [/^#\/incidents\/([0-9a-f-]{36})$/, m => incidentView(m[1])],
  [/^#\/cases$/, () => casesView('REAL')],
  [/^#\/cases\/exercise$/, () => casesView('EXERCISE')],
  [/^#\/cases\/([0-9a-f-]{36})$/, m => caseView(m[1])],
  [/^#\/duty$/, () => dutyView()],
  [/^#\/duty\/([A-Za-z]{2})(?:\/(\d{4}-W\d{2}))?$/, m => dutyRosterView(m[1].toUpperCase(), m[2])],
  [/^#\/notifications\/([A-Za-z]{2})$/, m => notificationsView(m[1].toUpperCase())],
  [/^#\/exercises$/, () => exercisesView()],
  [/^#\/exercises\/msel$/, () => mselView()],
  [/^#\/exercises\/([0-9a-f-]{36})$/, m => exerciseView(m[1])],
  [/^#\/readiness$/, () => readinessView()],
  [/^#\/comchecks(?:\/(exercise))?$/, m => comchecksView(m[1] === 'exercise' ? 'EXERCISE' : 'REAL')],
  [/^#\/comchecks\/([0-9a-f-]{36})$/, m => comcheckView(m[1])],
  [/^#\/audit$/, () => auditView()],
  [/^#\/account$/, () => myAccountView()],
  [/^#\/accounts$/, () => accountsView()],
];

let stopCurrent = null;
let stopWatch = null;

function landing() {
  if (session.has('EXERCISE_PLANNER')) return '#/exercises';
  if (session.has('COORDINATOR', 'AUDITOR')) return '#/cases';
  if (session.has('COUNTRY_ADMIN', 'ADMIN')) return '#/accounts';
  return '#/inbox';
}

function showHeader(s) {
  document.getElementById('nav').hidden = !s;
  document.getElementById('who').hidden = !s;
  if (!s) return;
  document.getElementById('who-name').textContent = s.username;
  document.getElementById('who-role').textContent = s.roles.join(', ');
  document.getElementById('who-country').textContent = s.country;
  const inboxFor = session.has('NCP', 'DUTY_OFFICER', 'COORDINATOR');
  document.querySelector('[data-nav="inbox"]').hidden = !inboxFor;
  document.querySelector('[data-nav="exercises"]').hidden = !session.has('EXERCISE_PLANNER', 'COORDINATOR');
  document.querySelector('[data-nav="accounts"]').hidden = !session.has('COUNTRY_ADMIN', 'ADMIN');
  // Who may read them (DESIGN §9, §13): the services refuse everyone else, whatever the menu shows.
  document.querySelector('[data-nav="comchecks"]').hidden = !session.has('COORDINATOR', 'AUDITOR', 'NCP', 'DUTY_OFFICER');
  document.querySelector('[data-nav="audit"]').hidden = !session.has('AUDITOR', 'COORDINATOR', 'DUTY_OFFICER');
}

async function route() {
  if (stopCurrent) { stopCurrent(); stopCurrent = null; }
  const view = document.getElementById('view');
  const s = session.get();
  showHeader(s);
  document.getElementById('exercise-banner').hidden = true;
  const setup = (location.hash || '').match(/^#\/setup\/([A-Za-z0-9_%-]+)$/);
  if (setup) {
    // The setup link works whoever is logged in here: it is the new person's, not this session's.
    render(view, setupView(decodeURIComponent(setup[1]), e => { e.preventDefault(); location.hash = ''; }));
    return;
  }
  if (!s) {
    if (stopWatch) { stopWatch(); stopWatch = null; }
    render(view, loginView(() => { location.hash = landing(); route(); }));
    return;
  }
  if (!stopWatch && session.has('NCP', 'DUTY_OFFICER', 'COORDINATOR')) stopWatch = startInboxWatch();
  const hash = location.hash || landing();
  if (!location.hash) history.replaceState(null, '', hash);
  const section = hash.split('/')[1];
  document.querySelectorAll('#nav a').forEach(a => a.toggleAttribute('aria-current', a.dataset.nav === section));
  document.querySelectorAll('#nav a[aria-current]').forEach(a => a.setAttribute('aria-current', 'page'));
  const match = routes.map(([re, make]) => [hash.match(re), make]).find(([m]) => m);
  render(view, h('p', { class: 'muted' }, 'Loading…'));
  try {
    const result = match ? await match[1](match[0]) : { node: h('p', {}, 'No such page. ', h('a', { href: landing() }, 'Back')) };
    if (location.hash !== hash && location.hash) return;
    render(view, result.node);
    stopCurrent = result.stop || null;
    view.focus({ preventScroll: true });
  } catch (e) {
    render(view, h('p', { class: 'error', role: 'alert' }, e.problem ? `${e.problem.title || 'Error'}: ${e.message}` : String(e)));
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('cyberplan:logged-out', route);
document.getElementById('logout').addEventListener('click', async () => {
  await logout();
  location.hash = '';
  route();
});
setInterval(() => tickCountdowns(), 1000);
route();

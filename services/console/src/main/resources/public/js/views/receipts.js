// Where a case's alert to each country stands, as the board's grid and map both say it (one rule, two pictures).

/** The receipt states, in the order of the legend: the reporter, then an alert's way to being acknowledged or not. */
export const STATES = ['REPORTER', 'DISPATCHED', 'DELIVERED', 'ACKNOWLEDGED', 'OVERDUE', 'ESCALATED'];

/** The API stores Greece as GR and accepts EL. */
export const iso = code => (code === 'EL' ? 'GR' : code);

/** Each country's receipt state on the case: the reporter, or the state of its original alert ({state, alert}). */
export function receiptStates(c) {
  const states = new Map(c.alerts.filter(a => a.kind === 'ALERT').map(a => [iso(a.country), { state: a.status, alert: a }]));
  if (c.reporterCountry) states.set(iso(c.reporterCountry), { state: 'REPORTER', alert: null });
  return states;
}

/** The state in words, as the legend says it. */
export const word = state => (state ? state.toLowerCase() : 'not alerted');

// The pieces every "act on it" form of the console shares (an incident's actions, a case's situation reports and
// assistance): a button that opens its panel, a form with its own place for what went wrong, the problem+json shown
// beside the fields it names, and a confirmation before what cannot be undone.
import { h, render, errorBox, showFieldErrors } from '../dom.js';

/** A button that shows and hides its panel (aria-expanded says which), moving the focus into it when shown. */
export function disclosure(id, label, panel) {
  panel.hidden = true;
  const button = h('button', { type: 'button', class: 'secondary', id: `open-${id}`, 'aria-expanded': 'false', 'aria-controls': panel.id,
    onclick: () => {
      const show = panel.hidden;
      panel.hidden = !show;
      button.setAttribute('aria-expanded', String(show));
      if (show) panel.querySelector('input, textarea, select, button').focus();
    } }, label);
  return [button, panel];
}

/**
 * A form in a panel of its own: a heading, the fields, its submit button(s) and a place for what went wrong.
 * {@code submit}: the label of the one button, or several [{label, value, className}] (send gets the one pressed as its
 * third argument, {@code value}).
 */
export function actionForm(id, heading, intro, fields, submit, send) {
  const message = h('div', { class: 'form-message' });
  const buttons = (Array.isArray(submit) ? submit : [{ label: submit }]).map(b =>
    h('button', { type: 'submit', class: b.className, value: b.value }, b.label));
  const form = h('form', { class: 'card', id: `${id}-form`, 'aria-labelledby': `${id}-heading` },
    h('h3', { id: `${id}-heading` }, heading), intro ? h('p', { class: 'muted' }, intro) : '', fields,
    h('p', { class: buttons.length > 1 ? 'toolbar' : null }, buttons), message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const pressed = e.submitter && e.submitter.value ? e.submitter.value : undefined;
    message.replaceChildren();
    buttons.forEach(b => { b.disabled = true; });
    try {
      await send(form, message, pressed);
    } catch (err) {
      showProblem(form, message, err);
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  });
  return form;
}

/**
 * 422: each error beside the field it names (the first such field focused); the rest, and any other error, in a box.
 * A field inside a part of the body ({@code reserve.expectedDuration}) is looked for by its whole name first.
 */
export function showProblem(form, message, err) {
  const rest = showFieldErrors(form, err).filter(e => !besideItsWholeName(form, e));
  const boxes = [...form.querySelectorAll('.field-error[id]')];
  boxes.forEach(box => {
    const control = document.getElementById(box.id.replace(/-error$/, ''));
    if (control && box.textContent) control.setAttribute('aria-invalid', 'true');
    else if (control) control.removeAttribute('aria-invalid');
  });
  const first = boxes.find(box => box.textContent);
  if (first) document.getElementById(first.id.replace(/-error$/, '')).focus();
  const placed = err.status === 422 && !rest.length && (err.problem.errors || []).length;
  render(message, errorBox(placed ? { problem: { title: err.problem.title, detail: 'See the message beside each field.' }, status: err.status } : err));
}

function besideItsWholeName(form, error) {
  const name = String(error.field || '').replace(/^body\./, '').replace(/\[\d+\]/g, '');
  const box = form.querySelector(`[data-field="${CSS.escape(name)}"] .field-error`);
  if (box) box.textContent = error.message;
  return !!box;
}

/**
 * Asks before something that cannot be undone, in a modal dialog (Escape or Cancel: no). Cancel has the focus first,
 * so a stray Enter does not decide anything.
 */
export function confirmed(form, heading, consequence, yesLabel) {
  return new Promise(resolve => {
    const dialog = h('dialog', { id: 'confirm-dialog', 'aria-labelledby': 'confirm-heading', 'aria-describedby': 'confirm-text', style: 'max-width: 34rem' },
      h('h2', { id: 'confirm-heading' }, heading),
      h('p', { id: 'confirm-text' }, consequence),
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', class: 'secondary', id: 'confirm-no', autofocus: true, onclick: () => dialog.close('no') }, 'Cancel'),
        h('button', { type: 'button', id: 'confirm-yes', onclick: () => dialog.close('yes') }, yesLabel)));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'yes');
    });
    form.append(dialog);
    dialog.showModal();
  });
}

/**
 * The form's labelled fields, each with a hint and a message slot: a problem shows at its field
 * (`aria-invalid`, and `aria-describedby` naming the message).
 */
import { el } from '../../app/dom.js';
import type { ArticleFields, FieldName } from './model.js';
import type { FieldErrors } from './validate.js';

/** One field's elements. */
interface Field {
  input: HTMLInputElement | HTMLTextAreaElement;
  error: HTMLElement;
  hintId: string;
}

/** The fields and what to do with them. */
export interface FieldSet {
  /** The fields' wrapper, to insert into the form. */
  element: HTMLElement;
  values(): ArticleFields;
  setValues(values: ArticleFields): void;
  /** Shows `errors` at their fields and clears the others; focuses the first problem. */
  showErrors(errors: FieldErrors, focus: boolean): void;
  input(name: FieldName): HTMLInputElement | HTMLTextAreaElement;
}

const SPECS: { name: FieldName; label: string; hint: string; type?: string }[] = [
  { name: 'outlet', label: 'Outlet', hint: 'Who published it, e.g. Reuters.' },
  { name: 'headline', label: 'Headline', hint: 'As published.' },
  { name: 'date', label: 'Date', hint: 'The day it was published.', type: 'date' },
  {
    name: 'url',
    label: 'Address (URL)',
    hint: 'The article’s web address, starting with https://.',
    type: 'url',
  },
  {
    name: 'text',
    label: 'Text',
    hint: 'Paste the article’s text, without menus, adverts or comments.',
  },
];

/** Builds the fields; `today` is the latest date the date field offers. */
export function articleFields(today: string, onInput: (name: FieldName) => void): FieldSet {
  const fields = new Map<FieldName, Field>();
  const element = el('div', { class: 'article-fields' });
  for (const spec of SPECS) {
    const id = `article-${spec.name}`;
    const hintId = `${id}-hint`;
    const input =
      spec.name === 'text'
        ? el('textarea', { id, name: spec.name, rows: 8, dir: 'auto', spellcheck: 'false' })
        : el('input', {
            id,
            name: spec.name,
            type: spec.type ?? 'text',
            autocomplete: 'off',
            ...(spec.type === 'date' ? { max: today } : { dir: 'auto' }),
          });
    input.setAttribute('aria-describedby', hintId);
    input.addEventListener('input', () => onInput(spec.name));
    const error = el('p', { id: `${id}-error`, class: 'field-error', hidden: true });
    fields.set(spec.name, { input, error, hintId });
    element.append(
      el(
        'div',
        { class: `field field-${spec.name}` },
        el('label', { for: id }, spec.label),
        el('p', { id: hintId, class: 'hint' }, spec.hint),
        input,
        error,
      ),
    );
  }
  const get = (name: FieldName): Field => {
    const field = fields.get(name);
    if (!field) throw new Error(`no field ${name}`);
    return field;
  };
  return {
    element,
    values: () => ({
      outlet: get('outlet').input.value,
      headline: get('headline').input.value,
      date: get('date').input.value,
      url: get('url').input.value,
      text: get('text').input.value,
    }),
    setValues(values) {
      for (const [name, field] of fields) field.input.value = values[name];
    },
    showErrors(errors, focus) {
      let first: Field | undefined;
      for (const [name, field] of fields) {
        const message = errors[name];
        field.error.textContent = message ?? '';
        field.error.hidden = !message;
        if (message) {
          field.input.setAttribute('aria-invalid', 'true');
          field.input.setAttribute('aria-describedby', `${field.hintId} ${field.error.id}`);
          first ??= field;
        } else {
          field.input.removeAttribute('aria-invalid');
          field.input.setAttribute('aria-describedby', field.hintId);
        }
      }
      if (focus) first?.input.focus();
    },
    input: (name) => get(name).input,
  };
}

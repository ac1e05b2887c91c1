import type { FieldErrors } from '../../domain/common';

const CONTROL = 'input, textarea, select';

/** The control a field's message belongs to, entered as the Tab key would enter it. */
function controlOf(form: HTMLElement, field: string): HTMLElement | null {
  const marked = form.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!marked) return null;
  if (marked.matches(CONTROL)) return marked;
  // A radio group is entered at its chosen radio; a fieldset itself can't take focus.
  return (
    marked.querySelector<HTMLElement>('input:checked') ?? marked.querySelector<HTMLElement>(CONTROL)
  );
}

/**
 * After a refused save has rendered its messages, takes the person to the first one: the first
 * field of `fields` (the form's reading order) with a message, marked by `data-field`; else the
 * first in page order of the form's alert (messages for the whole record, or for a path no field
 * shows) and the controls marked invalid. The one way every form does this (docs/architecture.md, "Forms").
 */
export function focusFirstError(form: HTMLElement, errors: FieldErrors, fields: readonly string[]) {
  const field = fields.find((key) => key in errors);
  // Else the first, in page order, of the alert and the controls marked invalid.
  const first = form.querySelector<HTMLElement>('.form-alert, [aria-invalid="true"]');
  const target =
    (field === undefined ? null : controlOf(form, field)) ??
    (first && first.matches('fieldset') ? first.querySelector<HTMLElement>(CONTROL) : first);
  target?.focus();
}

import type { FieldErrors } from '../../domain/validation';

/** The id of the message under field `field` (a dotted path such as "doseChanges.0.on"). */
export const errorId = (field: string) => `medication-${field.replace(/\./g, '-')}-error`;

/** Marks a control invalid and points it at its message, when `field` has one. */
export function invalidProps(errors: FieldErrors, field: string) {
  return errors[field] === undefined
    ? { 'data-field': field }
    : { 'data-field': field, 'aria-invalid': true as const, 'aria-describedby': errorId(field) };
}

/** The domain's message for `field`, next to the field. */
export function FieldError({ errors, field }: { errors: FieldErrors; field: string }) {
  const message = errors[field];
  return message === undefined ? null : (
    <p id={errorId(field)} className="field-error">
      {message}
    </p>
  );
}

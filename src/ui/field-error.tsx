import type { FieldErrors } from '../domain/common';

type Options = {
  /** Also tag each control with data-field, so a form can find and focus its first invalid one. */
  tagControls?: boolean;
};

/**
 * Field-level messages for one form, named by `form` so two forms on a page never share ids.
 * Fields are the domain's dotted paths ("doseChanges.0.on").
 */
export function fieldErrorsFor(form: string, { tagControls = false }: Options = {}) {
  const errorId = (field: string) => `${form}-${field.replace(/\./g, '-')}-error`;

  /** Marks a control invalid and points it at its message, when `field` has one. */
  const invalidProps = (errors: FieldErrors, field: string) => {
    const tag = tagControls ? { 'data-field': field } : {};
    return errors[field] === undefined
      ? tag
      : { ...tag, 'aria-invalid': true as const, 'aria-describedby': errorId(field) };
  };

  /** The domain's message for `field`, next to the field. */
  function FieldError({ errors, field }: { errors: FieldErrors; field: string }) {
    const message = errors[field];
    return message === undefined ? null : (
      <p id={errorId(field)} className="field-error">
        {message}
      </p>
    );
  }

  return { errorId, invalidProps, FieldError };
}

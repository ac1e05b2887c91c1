import { FORM_ERROR_KEY, type FieldErrors } from '../domain/common';

type FormAlertProps = {
  errors: FieldErrors;
  /** The fields the form shows messages next to; every other message goes in this alert. */
  fields: readonly string[];
};

/**
 * The alert at the top of a form for messages no field shows: the whole record's (a full disk)
 * or a path the form has no control for. Focusable, so a form can move focus to it.
 */
export function FormAlert({ errors, fields }: FormAlertProps) {
  const messages = Object.entries(errors)
    .filter(([key]) => key === FORM_ERROR_KEY || !fields.includes(key))
    .map(([, message]) => message);
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="notice form-alert" tabIndex={-1}>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

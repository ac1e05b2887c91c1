import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { FieldErrors } from '../../domain/common';
import type { fieldErrorsFor } from '../field-error';

/** A form's messages kit (`fieldErrorsFor`): the ids of its messages and how a control points at them. */
export type FieldMessages = Pick<ReturnType<typeof fieldErrorsFor>, 'invalidProps' | 'FieldError'>;

type FieldFrameProps = {
  /** The control's id, which its label points at. */
  id: string;
  label: ReactNode;
  /** Shown between the label and the control (a hint; give it an id to describe the control). */
  hint?: ReactNode;
  /** The form's messages kit, which names the message's id and marks the control. */
  messages: FieldMessages;
  /** The messages of the last refused save, by field path (useForm's `errors`). */
  errors: FieldErrors;
  /** The field's path in `errors` ("notes", "doseChanges.0.on"). */
  field: string;
};

export type TextFieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;
export type TextAreaFieldProps = FieldFrameProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/**
 * A labelled text, date, time or number box with its message: the one markup every form uses
 * (docs/decisions/form-kit-tab-drafts.md). A message marks the box invalid and describes it.
 */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, messages, errors, field, ...input } = props;
  const { invalidProps, FieldError } = messages;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint}
      <input id={id} {...input} {...invalidProps(errors, field)} />
      <FieldError errors={errors} field={field} />
    </div>
  );
}

/** A labelled multi-line box with its message, as `TextField`. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, hint, messages, errors, field, ...textarea } = props;
  const { invalidProps, FieldError } = messages;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint}
      <textarea id={id} {...textarea} {...invalidProps(errors, field)} />
      <FieldError errors={errors} field={field} />
    </div>
  );
}

type TextForm<T> = {
  values: T;
  errors: FieldErrors;
  set: (patch: Partial<T>) => void;
};

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * Ties a field of a `useForm` form to a `TextField` or `TextAreaField`: its messages, its path,
 * its value, and the change that keeps what is typed.
 */
export function textProps<T>(form: TextForm<T>, name: TextKey<T>) {
  return {
    errors: form.errors,
    field: name,
    value: form.values[name] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      form.set({ [name]: event.target.value } as Partial<T>);
    },
  };
}

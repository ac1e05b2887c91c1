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

/** The frame's props apart, and the control's with its id and its marks when invalid. */
function split<Control>(props: FieldFrameProps & Control) {
  const { id, label, hint, messages, errors, field, ...control } = props;
  const marks = messages.invalidProps(errors, field);
  return {
    frame: { id, label, hint, messages, errors, field },
    control: { id, ...control, ...marks },
  };
}

/** The label, the hint, the control and its message, in the markup every form uses. */
function FieldFrame({ frame, children }: { frame: FieldFrameProps; children: ReactNode }) {
  const { id, label, hint, messages, errors, field } = frame;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint}
      {children}
      <messages.FieldError errors={errors} field={field} />
    </div>
  );
}

/**
 * A labelled text, date, time or number box with its message: the one markup every form uses
 * (docs/decisions/form-kit-tab-drafts.md). A message marks the box invalid and describes it.
 */
export function TextField(props: TextFieldProps) {
  const { frame, control } = split(props);
  return (
    <FieldFrame frame={frame}>
      <input {...control} />
    </FieldFrame>
  );
}

/** A labelled multi-line box with its message, as `TextField`. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { frame, control } = split(props);
  return (
    <FieldFrame frame={frame}>
      <textarea {...control} />
    </FieldFrame>
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

import type { ReactNode } from 'react';
import type { Form } from './use-form';
import { SubmitButton } from './submit-button';

type FormActionsProps = {
  /** From useForm: the saving state of the submit, and the reset Cancel makes. */
  form: Pick<Form<unknown>, 'saving' | 'reset'>;
  /** What the submit button says ("Save result"). */
  submitLabel: ReactNode;
  /**
   * Called after Cancel has reset the form: Cancel means "not this", so the draft goes too.
   * Without it, no Cancel is offered.
   */
  onCancel?: (() => void) | undefined;
  /** Other buttons, shown before the submit ("Add another activity"). */
  children?: ReactNode;
};

/** A form's row of buttons: the submit, and Cancel, which drops the draft and closes the form. */
export function FormActions({ form, submitLabel, onCancel, children }: FormActionsProps) {
  return (
    <p className="button-row">
      {children}
      <SubmitButton saving={form.saving}>{submitLabel}</SubmitButton>
      {onCancel ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            form.reset();
            onCancel();
          }}
        >
          Cancel
        </button>
      ) : null}
    </p>
  );
}

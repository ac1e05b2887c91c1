import type { ReactNode } from 'react';

type SubmitButtonProps = {
  /** From useForm: while a save runs, the button says so and a second tap does nothing. */
  saving: boolean;
  children: ReactNode;
  className?: string;
};

/** A form's submit button, with the saving state every form shows the same way. */
export function SubmitButton({
  saving,
  children,
  className = 'button button-primary',
}: SubmitButtonProps) {
  return (
    <button type="submit" className={className} disabled={saving}>
      {saving ? 'Saving…' : children}
    </button>
  );
}

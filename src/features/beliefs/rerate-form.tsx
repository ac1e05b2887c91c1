import { useState, type SyntheticEvent } from 'react';
import type { Belief } from '../../domain/guide';
import type { FieldErrors } from '../../domain/common';
import { showToast } from '../../ui/toast';
import { belief as fields } from './field-error';
import { reRate } from './save-belief';

/** "How strongly do you believe it now?": adds a re-rating, keeping the earlier ones. */
export function ReRateForm({ entry }: { entry: Belief }) {
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { invalidProps, FieldError } = fields;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const refused = await reRate(entry, value);
    setErrors(refused ?? {});
    if (refused) {
      document.getElementById('rerate-strength')?.focus();
      return;
    }
    setValue('');
    showToast({ text: 'Re-rating saved' });
  }

  return (
    <form className="guide-form rerate" noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor="rerate-strength">How strongly do you believe it now? (0 to 100)</label>
        <input
          id="rerate-strength"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          value={value}
          {...invalidProps(errors, 'strength')}
          onChange={(event) => {
            setValue(event.target.value);
          }}
        />
        <FieldError errors={errors} field="strength" />
      </div>
      <p>
        <button type="submit" className="button button-primary">
          Save re-rating
        </button>
      </p>
    </form>
  );
}

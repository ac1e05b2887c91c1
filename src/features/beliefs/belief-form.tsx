import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { commonBeliefs } from '../../domain/guide';
import { FORM_ERROR_KEY, type FieldErrors } from '../../domain/common';
import { belief as fields } from './field-error';
import type { BeliefDraft } from './save-belief';

type BeliefFormProps = {
  initial: BeliefDraft;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: BeliefDraft) => Promise<FieldErrors | null>;
  onCancel: () => void;
};

type TextField = Exclude<keyof BeliefDraft, 'strength'>;

/** A journal entry: the belief (with common ones to start from), its strength and the evidence. */
export function BeliefForm({ initial, onSave, onCancel }: BeliefFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const { invalidProps, FieldError } = fields;

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-alert')?.focus();
  }, [errors]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const refused = await onSave(draft);
    if (refused) setErrors(refused);
  }

  const text = (field: TextField, label: string, hint: string, rows = 2) => (
    <div className="field">
      <label htmlFor={`belief-${field}`}>{label}</label>
      <p className="muted hint" id={`belief-${field}-hint`}>
        {hint}
      </p>
      <textarea
        id={`belief-${field}`}
        rows={rows}
        value={draft[field]}
        aria-describedby={`belief-${field}-hint`}
        {...invalidProps(errors, field)}
        onChange={(event) => {
          setDraft({ ...draft, [field]: event.target.value });
        }}
      />
      <FieldError errors={errors} field={field} />
    </div>
  );

  return (
    <form ref={form} className="guide-form" noValidate onSubmit={(e) => void submit(e)}>
      {errors[FORM_ERROR_KEY] ? (
        <p role="alert" className="notice form-alert" tabIndex={-1}>
          {errors[FORM_ERROR_KEY]}
        </p>
      ) : null}
      {text(
        'belief',
        'The belief',
        'A thought about your back that worries you or holds you back.',
      )}
      <details className="prompts">
        <summary>Beliefs many people with back pain hold</summary>
        <ul>
          {commonBeliefs.map((text) => (
            <li key={text}>
              <button
                type="button"
                className="button prompt"
                onClick={() => {
                  setDraft({ ...draft, belief: text });
                }}
              >
                {text}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {text('situation', 'The situation (optional)', 'Where were you, what were you doing?')}
      <div className="field">
        <label htmlFor="belief-strength">How strongly you believe it (0 to 100)</label>
        <input
          id="belief-strength"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          value={draft.strength}
          {...invalidProps(errors, 'strength')}
          onChange={(event) => {
            setDraft({ ...draft, strength: event.target.value });
          }}
        />
        <FieldError errors={errors} field="strength" />
      </div>
      {text('evidenceFor', 'Evidence for it (optional)', 'What makes it feel true?', 3)}
      {text(
        'evidenceAgainst',
        'Evidence against it (optional)',
        'What has happened that does not fit it?',
        3,
      )}
      {text(
        'alternative',
        'A more helpful thought (optional)',
        'A way of seeing it that fits all the evidence.',
      )}
      <p className="button-row">
        <button type="submit" className="button button-primary">
          Save entry
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}

import { commonBeliefs } from '../../domain/guide';
import { FORM_ERROR_KEY, type FieldErrors } from '../../domain/common';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import { useForm } from '../../ui/form-kit/use-form';
import { beliefDraft } from './drafts';
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
  const form = useForm({
    initial,
    fields: ['belief', 'situation', 'strength', 'evidenceFor', 'evidenceAgainst', 'alternative'],
    onSubmit: onSave,
    draft: beliefDraft,
  });
  const { values: draft, errors, setValues: setDraft } = form;
  const { invalidProps, FieldError } = fields;

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
    <form {...form.formProps} className="guide-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
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
        <SubmitButton saving={form.saving}>Save entry</SubmitButton>
        <button
          type="button"
          className="button"
          onClick={() => {
            // Cancel means "not this": the draft goes too.
            form.reset();
            onCancel();
          }}
        >
          Cancel
        </button>
      </p>
    </form>
  );
}

import { commonBeliefs } from '../../domain/guide';
import { FORM_ERROR_KEY, type FieldErrors } from '../../domain/common';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { FormActions } from '../../ui/form-kit/form-actions';
import { TextAreaField, TextField, textProps } from '../../ui/form-kit/text-field';
import { useForm } from '../../ui/form-kit/use-form';
import { beliefDraft } from './drafts';
import { belief as fields, strengthBox } from './field-error';
import type { BeliefDraft } from './save-belief';

type BeliefFormProps = {
  initial: BeliefDraft;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: BeliefDraft) => Promise<FieldErrors | null>;
  onCancel: () => void;
};

type TextKey = Exclude<keyof BeliefDraft, 'strength'>;

/** A journal entry: the belief (with common ones to start from), its strength and the evidence. */
export function BeliefForm({ initial, onSave, onCancel }: BeliefFormProps) {
  const form = useForm({
    initial,
    fields: ['belief', 'situation', 'strength', 'evidenceFor', 'evidenceAgainst', 'alternative'],
    onSubmit: onSave,
    draft: beliefDraft,
  });
  const { values: draft, errors, setValues: setDraft } = form;

  const text = (field: TextKey, label: string, hint: string, rows = 2) => (
    <TextAreaField
      id={`belief-${field}`}
      label={label}
      hint={
        <p className="muted hint" id={`belief-${field}-hint`}>
          {hint}
        </p>
      }
      messages={fields}
      {...textProps(form, field)}
      rows={rows}
      aria-describedby={`belief-${field}-hint`}
    />
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
      <TextField
        id="belief-strength"
        label="How strongly you believe it (0 to 100)"
        messages={fields}
        {...textProps(form, 'strength')}
        {...strengthBox}
      />
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
      <FormActions form={form} submitLabel="Save entry" onCancel={onCancel} />
    </form>
  );
}

import type { Belief } from '../../domain/guide';
import { showToast } from '../../ui/toast';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { TextField, textProps } from '../../ui/form-kit/text-field';
import { useForm } from '../../ui/form-kit/use-form';
import { rerateDraftOf } from './drafts';
import { belief as fields, strengthBox } from './field-error';
import { reRate } from './save-belief';

/** "How strongly do you believe it now?": adds a re-rating, keeping the earlier ones. */
export function ReRateForm({ entry }: { entry: Belief }) {
  const form = useForm({
    initial: { strength: '' },
    fields: ['strength'],
    onSubmit: async ({ strength }) => {
      const refused = await reRate(entry, strength);
      if (refused) return refused;
      // Saved: the box empties for the next re-rating (the draft goes with it).
      form.reset();
      showToast({ text: 'Re-rating saved' });
      return null;
    },
    draft: rerateDraftOf(entry.id),
  });

  return (
    <form {...form.formProps} className="guide-form rerate">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
      <TextField
        id="rerate-strength"
        label="How strongly do you believe it now? (0 to 100)"
        messages={fields}
        {...textProps(form, 'strength')}
        {...strengthBox}
      />
      <p>
        <SubmitButton saving={form.saving}>Save re-rating</SubmitButton>
      </p>
    </form>
  );
}

import type { Outcome } from '../../domain/guide';
import { FORM_ERROR_KEY } from '../../domain/common';
import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import { useForm } from '../../ui/form-kit/use-form';
import { showToast } from '../../ui/toast';
import { outcomeDraftOf } from './outcome-drafts';
import { saveOutcome, type OutcomeDraft } from './save-outcome';

type OutcomeFormProps = {
  weekOf: string;
  activities: readonly string[];
  existing: Outcome | null;
};

function initialDraft(activities: readonly string[], existing: Outcome | null): OutcomeDraft {
  const rated = new Map(existing?.activityRatings.map((r) => [r.activity, String(r.rating)]));
  return {
    backPain: existing ? String(existing.backPain) : '',
    ratings: activities.map((a) => rated.get(a) ?? ''),
  };
}

/** One rating per activity shown now, even for a draft kept from before the list changed. */
const ratingsFor = (activities: readonly string[], draft: OutcomeDraft) =>
  activities.map((_, i) => draft.ratings[i] ?? '');

/** This week's back pain and each hard activity, 0-10; a refused save keeps every choice. */
export function OutcomeForm({ weekOf, activities, existing }: OutcomeFormProps) {
  const draftStore = outcomeDraftOf(weekOf);
  const form = useForm<OutcomeDraft>({
    initial: () => initialDraft(activities, existing),
    fields: ['backPain', ...activities.map((_, i) => `activityRatings.${i}.rating`)],
    onSubmit: async (values) => {
      const shown = { ...values, ratings: ratingsFor(activities, values) };
      const refused = await saveOutcome(weekOf, activities, shown, existing);
      if (refused) return refused;
      // Cleared now, not after: the saved week re-keys the form, which must not reopen the draft.
      draftStore.clear();
      showToast({ text: existing ? 'Weekly rating updated' : 'Weekly rating saved' });
      return null;
    },
    draft: draftStore,
  });
  const { values: draft, errors, setValues: setDraft } = form;
  const ratings = ratingsFor(activities, draft);

  return (
    <form {...form.formProps} className="guide-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
      {errors[FORM_ERROR_KEY] ? (
        <p role="alert" className="notice form-alert" tabIndex={-1}>
          {errors[FORM_ERROR_KEY]}
        </p>
      ) : null}
      <ChoiceTiles
        id="outcome-pain"
        name="backPain"
        legend="Your back pain this week, on average (0 none, 10 worst)"
        choices={scaleChoices}
        value={draft.backPain === '' ? undefined : draft.backPain}
        onChange={(backPain) => {
          setDraft({ backPain, ratings });
        }}
        error={errors.backPain}
        variant="scale"
      />
      <p className="muted">
        For each activity: 0 means you can&apos;t do it at all, 10 means you can do it as well as
        before your back trouble.
      </p>
      {activities.map((activity, i) => (
        <ChoiceTiles
          key={activity}
          id={`outcome-activity-${i + 1}`}
          name={`activityRatings.${i}.rating`}
          legend={`${activity}: how well can you do it?`}
          choices={scaleChoices}
          value={ratings[i] === '' ? undefined : ratings[i]}
          onChange={(rating) => {
            setDraft({
              backPain: draft.backPain,
              ratings: ratings.map((r, j) => (j === i ? rating : r)),
            });
          }}
          error={errors[`activityRatings.${i}.rating`]}
          variant="scale"
        />
      ))}
      <p>
        <SubmitButton saving={form.saving}>
          {existing ? 'Update this week' : 'Save this week'}
        </SubmitButton>
      </p>
    </form>
  );
}

import { useState, type SyntheticEvent } from 'react';
import type { Outcome } from '../../domain/guide';
import { FORM_ERROR_KEY, type FieldErrors } from '../../domain/common';
import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { showToast } from '../../ui/toast';
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

/** This week's back pain and each hard activity, 0-10; a refused save keeps every choice. */
export function OutcomeForm({ weekOf, activities, existing }: OutcomeFormProps) {
  const [draft, setDraft] = useState(() => initialDraft(activities, existing));
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const refused = await saveOutcome(weekOf, activities, draft, existing);
    setErrors(refused ?? {});
    if (refused) {
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"] input')?.focus());
      return;
    }
    showToast({ text: existing ? 'Weekly rating updated' : 'Weekly rating saved' });
  }

  return (
    <form className="guide-form" noValidate onSubmit={(e) => void submit(e)}>
      {errors[FORM_ERROR_KEY] ? (
        <p role="alert" className="notice">
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
          setDraft({ ...draft, backPain });
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
          name={`activity-${i + 1}`}
          legend={`${activity}: how well can you do it?`}
          choices={scaleChoices}
          value={draft.ratings[i] === '' ? undefined : draft.ratings[i]}
          onChange={(rating) => {
            setDraft({ ...draft, ratings: draft.ratings.map((r, j) => (j === i ? rating : r)) });
          }}
          error={errors[`activityRatings.${i}.rating`]}
          variant="scale"
        />
      ))}
      <p>
        <button type="submit" className="button button-primary">
          {existing ? 'Update this week' : 'Save this week'}
        </button>
      </p>
    </form>
  );
}

import { findLevel } from '../../../domain/exercises';
import type { PlanExercise } from '../../../domain/plan';
import { formatPercent, nameInSentence } from '../../../domain/progression';
import type { VolumeAnswer } from '../../../domain/progression';
import type { VolumeRise } from '../../../domain/progression';
import { ChoiceTiles } from '../../../ui/choice-tiles';

const nameOf = (e: PlanExercise) => nameInSentence(findLevel(e.exerciseId)?.name ?? e.exerciseId);

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "Each week would be 100 % more work than now for supported one-arm row and glute bridge." */
export function riseSentence(over: readonly VolumeRise[]): string {
  const most = over[0]?.rise ?? 0;
  const names = listOf(over.map((r) => nameOf(r.after)));
  const upTo = over.every((r) => Math.abs(r.rise - most) < 0.005) ? '' : 'up to ';
  return `Each week would be ${upTo}${formatPercent(most)} more work than now for ${names}. Our rule is no more than 10 % more work than the week before.`;
}

type VolumeWarningProps = {
  over: readonly VolumeRise[];
  tooLittle: readonly PlanExercise[];
  value: VolumeAnswer;
  onChange: (value: VolumeAnswer) => void;
};

/**
 * Shown before Save when the answers raise an exercise's weekly volume by more than 10 %: says so
 * in plain words and offers the safe ways to take the change; the plan is never silently raised.
 */
export function VolumeWarning({ over, tooLittle, value, onChange }: VolumeWarningProps) {
  const canKeep = tooLittle.length === 0;
  const choices = [
    ...(canKeep ? [{ value: 'keep' as const, label: 'Keep the weekly work about the same' }] : []),
    { value: 'baseline' as const, label: 'Start with a baseline week' },
  ];
  return (
    <section aria-labelledby="volume-heading" className="card notice" data-field="volume">
      <h2 id="volume-heading">More work a week than the plan allows</h2>
      <p>{riseSentence(over)}</p>
      {canKeep ? null : (
        <p>
          Keeping the weekly work the same would leave under 10 reps (or seconds) a session for{' '}
          {listOf(tooLittle.map(nameOf))}: too little to build from. Choose fewer days for now, or
          start with a baseline week.
        </p>
      )}
      <ChoiceTiles
        id="setup-volume"
        name="volume"
        legend="How to take the change"
        choices={choices}
        value={value}
        onChange={onChange}
        hint={
          <>
            {canKeep ? (
              <p>
                Keep the weekly work about the same: fewer sets or reps a session, so each week is
                no more than 10 % more work; the weekly reviews then build from there.
              </p>
            ) : null}
            <p>
              Start with a baseline week: each session stays as it is. Try each exercise at its
              prescription, or less if that feels like too much; the weekly review then sets each
              one from what stayed tolerable.
            </p>
          </>
        }
      />
    </section>
  );
}

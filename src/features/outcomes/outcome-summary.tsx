import { MEANINGFUL_CHANGE, overallChange } from '../../domain/guide';
import type { Outcome } from '../../domain/guide';
import { formatLongDay } from '../../ui/format';

const points = (n: number) => {
  const size = Math.abs(n);
  const text = Number.isInteger(size) ? String(size) : size.toFixed(1);
  return `${text} ${size === 1 ? 'point' : 'points'}`;
};

const verdict = (meaningful: boolean) =>
  meaningful ? ' That is a meaningful change.' : ' That is less than a meaningful change.';

/** The change from the first rated week to the average of the latest 4, in words (docs/domain.md §7). */
export function OutcomeSummary({ outcomes }: { outcomes: readonly Outcome[] }) {
  const change = overallChange(outcomes);
  if (!change) return <p>Rate at least two weeks to see how things change.</p>;
  const pain =
    change.pain === 0
      ? 'Your back pain rating is the same as in your first week.'
      : `Your back pain rating is ${points(change.pain)} ${change.pain < 0 ? 'lower' : 'higher'} ${change.weeksAveraged > 1 ? 'on average ' : ''}than in your first week.${verdict(change.painMeaningful)}`;
  const activities =
    change.activities === null
      ? 'Your activities changed since your first week, so they cannot be compared.'
      : change.activities === 0
        ? 'Your activity ratings are the same as in your first week.'
        : `Your activity ratings are ${points(change.activities)} ${change.activities > 0 ? 'better' : 'worse'} on average than in your first week.${verdict(change.activitiesMeaningful)}`;
  return (
    <>
      <p className="muted">
        Your first week (of {formatLongDay(change.from)}) compared with{' '}
        {change.weeksAveraged === 1
          ? `the week of ${formatLongDay(change.to)}`
          : `the average of your latest ${String(change.weeksAveraged)} rated weeks, from the week of ${formatLongDay(change.recentFrom)} to the week of ${formatLongDay(change.to)}`}
        :
      </p>
      <p>{pain}</p>
      <p>{activities}</p>
      <p className="muted">
        The activity ratings follow the patient-specific scale (Stratford and colleagues, 1995),
        where a change of {MEANINGFUL_CHANGE} points or more on the average counts as one that
        matters, judged against your first week rather than from one week to the next. Steadyback
        uses the same size for back pain.
      </p>
    </>
  );
}

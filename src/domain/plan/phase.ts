import type { PreviousReview } from './plan-change';
import type { WeekStatus } from './review-types';

/** Design choice (docs/domain.md §5): two consecutive steady weeks move step 2 on to step 3. */
export const STEADY_WEEKS_TO_BUILD = 2;

/**
 * Steady (consistent and tolerable) weeks in a row ending with this one. The streak carries over
 * only from `lastWeek`, the review of the week just before; pass undefined after a gap.
 */
export function steadyStreak(status: WeekStatus, lastWeek: PreviousReview | undefined): number {
  return status === 'good' ? (lastWeek?.goodWeeksInARow ?? 0) + 1 : 0;
}

/**
 * The phase after a review: step 1 or 2 (the tolerable baseline) moves to step 3 (gradual
 * progression) after two steady weeks in a row; nothing ever moves a person back a phase, flare
 * mode pauses instead. There is no deadline: step 2 can take months (docs/domain.md §5).
 */
export function phaseAfter(phase: 1 | 2 | 3, streak: number): 1 | 2 | 3 {
  return phase < 3 && streak >= STEADY_WEEKS_TO_BUILD ? 3 : phase;
}

/**
 * What phase the person is in and what moves them on, never hurrying them. The thresholds named
 * (5/10 during, mornings no worse) follow Silbernagel 2007; "two steady weeks" and "10 % a week"
 * are our rules.
 */
export function phaseMessage(
  phase: 1 | 2 | 3,
  flareMode: boolean,
  streak: number,
  findingBaseline = false,
): string {
  if (flareMode) {
    return 'Flare mode: no steps up, and your exercises stay light while your back settles. After a calm week (no spasm, pain during exercise at 5/10 or less, mornings no worse than usual) your plan restarts from this light level.';
  }
  if (findingBaseline) {
    return "Step 2, your baseline week: try each exercise at its prescription, or less if that feels like too much, and rate effort and pain during each set. The weekly review then sets your baseline: the most you did that stayed tolerable (pain during at 5/10 or less, effort easy to moderate, mornings no worse than usual). There's no rush: untried exercises simply get another week.";
  }
  if (phase === 3) {
    return 'Step 3, gradual progression: each steady week adds one small step, never more than 10 % a week (our rule). A spasm, pain during exercise above 5/10 or a worse next morning steps back and pauses instead.';
  }
  const start =
    'Step 2, your tolerable baseline: keep to these exercises at this level, at an easy to moderate effort.';
  const next =
    streak >= 1
      ? ' One steady week done: one more like it (sessions done, no set rated hard, pain during at 5/10 or less, mornings no worse than usual) and your plan starts to build.'
      : ' Two steady weeks in a row (sessions done, no set rated hard, pain during at 5/10 or less, mornings no worse than usual) and your plan starts to build.';
  return `${start}${next} There's no deadline: this step can take months, and that's fine.`;
}

import { phaseMessage } from '../plan';
import type { Plan } from '../plan';
import { MIN_DAYS, MIN_LINKED_SPASMS } from '../triggers';

export type PathStep = { step: 1 | 2 | 3; title: string; next: string };

export type PathInput = {
  spasms: number;
  checkinDays: number;
  plan: Pick<Plan, 'phase' | 'flareMode' | 'findingBaseline'> | null;
  /** Steady weeks in a row, from the latest weekly review (0 when none). */
  streak: number;
};

const plural = (n: number, word: string) => `${n} more ${word}${n === 1 ? '' : 's'}`;

/**
 * Where the person is on the three-step path (docs/domain.md §0) and what moves them on. Step 1
 * until a plan exists; then the plan's phase: 2 (tolerable baseline) or 3 (gradual progression).
 * The thresholds are the Patterns screen's (docs/domain.md §2 minimum-data gate: 3 spasms,
 * 10 check-in days with an activity and 10 without). It never hurries: step 2 can take months.
 */
export function pathStep({ spasms, checkinDays, plan, streak }: PathInput): PathStep {
  if (plan === null) {
    const moreSpasms = Math.max(0, MIN_LINKED_SPASMS - spasms);
    const moreDays = Math.max(0, 2 * MIN_DAYS - checkinDays);
    const next =
      moreSpasms + moreDays > 0
        ? `Log each spasm and check in daily: ${[moreSpasms ? plural(moreSpasms, 'spasm') : '', moreDays ? plural(moreDays, 'check-in day') : ''].filter(Boolean).join(' and ')} and Patterns can start comparing your days.`
        : 'Patterns has enough to compare your days. When you are ready, set up your exercise plan to start step 2.';
    return { step: 1, title: 'Step 1 of 3: find your triggers', next };
  }
  const message = phaseMessage(plan.phase, plan.flareMode, streak, plan.findingBaseline);
  // No step is named in flare mode (docs/domain.md §5b): steps are paused, not being climbed.
  if (plan.flareMode) {
    return { step: plan.phase, title: 'Flare mode: your path is paused', next: message };
  }
  return plan.phase === 3
    ? { step: 3, title: 'Step 3 of 3: gradual progression', next: message }
    : { step: 2, title: 'Step 2 of 3: a tolerable baseline', next: message };
}

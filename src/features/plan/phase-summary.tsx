import { lastReview } from '../../data/plan/plan-review';
import { phaseMessage } from '../../domain/plan';
import type { Plan } from '../../domain/plan';
import type { PlanChange } from '../../domain/plan';

const phaseTitles = {
  1: 'Step 1: finding your triggers',
  2: 'Step 2: your tolerable baseline',
  3: 'Step 3: gradual progression',
} as const;

/** Which step the person is in and what moves them on (never a deadline). */
export function PhaseSummary({ plan, changes }: { plan: Plan; changes: readonly PlanChange[] }) {
  const streak = lastReview(changes)?.goodWeeksInARow ?? 0;
  return (
    <section className="card" aria-labelledby="phase-heading">
      <h2 id="phase-heading">
        {plan.flareMode
          ? 'Flare mode: progression paused'
          : plan.findingBaseline
            ? 'Step 2: your baseline week'
            : phaseTitles[plan.phase]}
      </h2>
      <p>{phaseMessage(plan.phase, plan.flareMode, streak, plan.findingBaseline)}</p>
    </section>
  );
}

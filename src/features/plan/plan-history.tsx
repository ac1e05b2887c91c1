import type { PlanChange } from '../../domain/plan';
import { formatLongDay } from '../../ui/format';
import { ChangeDecisions } from './change-decisions';

/** Every change to the plan, newest first, each with what changed and why. */
export function PlanHistory({ changes }: { changes: readonly PlanChange[] }) {
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History of plan changes</h2>
      {changes.length === 0 ? (
        <p className="muted">
          Nothing has changed yet. Each weekly review, each change you make in the setup, and
          turning flare mode on or off are listed here with their reasons.
        </p>
      ) : (
        <ol className="plain-list history-list">
          {changes.map((change) => (
            <li key={change.id}>
              <p>
                <strong>
                  {/* A review is dated by the week it reviewed (docs/domain.md §5b rule 10). */}
                  {change.kind === 'weekly-review' && change.weekOf !== undefined
                    ? `Week of ${formatLongDay(change.weekOf)}`
                    : formatLongDay(change.day)}
                </strong>
                : {change.headline}
              </p>
              {change.exercises.length > 0 ? (
                <details>
                  <summary>What changed</summary>
                  <ChangeDecisions change={change} />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

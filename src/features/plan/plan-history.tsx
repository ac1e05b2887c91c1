import { useState, type ReactNode } from 'react';
import type { PlanChange } from '../../domain/plan';
import { formatDate, formatLongDay, plural } from '../../ui/format';
import { ChangeDecisions } from './change-decisions';

/** A review is dated by the week it reviewed (docs/domain.md §5b rule 10), anything else by its day. */
const dayOf = (change: PlanChange) =>
  change.kind === 'weekly-review' && change.weekOf !== undefined ? change.weekOf : change.day;

type Group = { key: string; changes: PlanChange[] };

function groupBy(changes: readonly PlanChange[], keyOf: (c: PlanChange) => string): Group[] {
  const groups: Group[] = [];
  for (const change of changes) {
    const key = keyOf(change);
    const last = groups.at(-1);
    if (last?.key === key) last.changes.push(change);
    else groups.push({ key, changes: [change] });
  }
  return groups;
}

/**
 * A <details> whose content is built only once opened: years of closed months stay out of the
 * page (and out of its height and its memory) until asked for.
 */
function Fold({
  summary,
  open,
  children,
}: {
  summary: string;
  open: boolean;
  children: () => ReactNode;
}) {
  const [shown, setShown] = useState(open);
  return (
    <details
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open) setShown(true);
      }}
    >
      <summary>{summary}</summary>
      {shown ? children() : null}
    </details>
  );
}

function ChangeItem({ change }: { change: PlanChange }) {
  const day = dayOf(change);
  return (
    <li>
      <p>
        <strong>
          {change.kind === 'weekly-review' && change.weekOf !== undefined
            ? `Week of ${formatLongDay(day, { withYear: true })}`
            : formatLongDay(day, { withYear: true })}
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
  );
}

/**
 * Every change to the plan, newest first, each with what changed and why, folded by year and
 * month with their counts: the newest month is open, the rest open on a tap, so ten years of
 * weekly reviews don't make the page endless.
 */
export function PlanHistory({ changes }: { changes: readonly PlanChange[] }) {
  const years = groupBy(changes, (c) => dayOf(c).slice(0, 4));
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History of plan changes</h2>
      {changes.length === 0 ? (
        <p className="muted">
          Nothing has changed yet. Each weekly review, each change you make in the setup, and
          turning flare mode on or off are listed here with their reasons.
        </p>
      ) : (
        years.map((year, y) => (
          <Fold
            key={year.key}
            open={y === 0}
            summary={`${year.key} (${plural(year.changes.length, 'change')})`}
          >
            {() =>
              groupBy(year.changes, (c) => dayOf(c).slice(0, 7)).map((month, m) => (
                <Fold
                  key={month.key}
                  open={y === 0 && m === 0}
                  summary={`${formatDate(`${month.key}-01`, 'month', { withYear: true })} (${plural(month.changes.length, 'change')})`}
                >
                  {() => (
                    <ol className="plain-list history-list">
                      {month.changes.map((change) => (
                        <ChangeItem key={change.id} change={change} />
                      ))}
                    </ol>
                  )}
                </Fold>
              ))
            }
          </Fold>
        ))
      )}
    </section>
  );
}

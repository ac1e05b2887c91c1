import { Link } from 'react-router';
import { systemClock } from '../../data/clock';
import { useCurrentPlan, usePlanChanges } from '../../data/plan/plan-queries';
import { useSettings } from '../../data/settings/settings-queries';
import { defaultPrescription, levelsFor, nextLevel } from '../../domain/exercises';
import type { Plan, PlanChange } from '../../domain/plan';
import {
  describePrescription,
  ladderProgress,
  pathEstimate,
  pathEstimateSentence,
  type LadderProgress,
} from '../../domain/progression';
import type { Units } from '../../domain/settings';
import { EmptyState } from '../../ui/empty-state';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import './exercises.css';

const TITLE = 'Your path';

/** Route /plan/path: the three ladders, the person's rung on each, the next rung, and the pace. */
export function PathPage() {
  const plan = useCurrentPlan();
  const changes = usePlanChanges();
  const settings = useSettings();
  if (plan === undefined || changes === undefined || settings === undefined) {
    return (
      <>
        <PageTitle>{TITLE}</PageTitle>
        <Loading />
      </>
    );
  }
  if (plan === null) {
    return (
      <>
        <PageTitle>{TITLE}</PageTitle>
        <EmptyState
          title="No plan yet"
          action={
            <Link to="/plan/setup" className="button button-primary">
              Set up your plan
            </Link>
          }
        >
          <p>
            Your path shows each ladder toward the three destination exercises once you have a plan.
          </p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <p>
        Three ladders, each a few rungs from gentle to the destination exercise. You move up one
        rung at a time, when a week has been steady and tolerable.
      </p>
      {ladderProgress(plan).map((p) => (
        <LadderPath
          key={p.ladder}
          progress={p}
          plan={plan}
          changes={changes}
          units={settings.units}
        />
      ))}
    </>
  );
}

function LadderPath({
  progress,
  plan,
  changes,
  units,
}: {
  progress: LadderProgress;
  plan: Plan;
  changes: readonly PlanChange[];
  units: Units;
}) {
  const rungs = levelsFor(progress.ladder, plan.equipment);
  const next = nextLevel(progress.exercise.exerciseId, plan.equipment);
  const nextAsk = next && defaultPrescription(next.id, units);
  const estimate = pathEstimate({
    ladder: progress.ladder,
    step: progress.step,
    steps: progress.steps,
    changes,
    planStart: plan.createdAt.slice(0, 10),
    today: systemClock().today,
  });
  const headingId = `path-${progress.ladder}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {progress.destination?.name ?? progress.label}
        <span className="muted"> ({progress.label.toLowerCase()})</span>
      </h2>
      <p>{progress.sentence}</p>
      <ol className="path-rungs">
        {rungs.map((rung) => {
          const here = rung.level === progress.current?.level;
          const done = progress.current !== undefined && rung.level < progress.current.level;
          return (
            <li
              key={rung.id}
              className={here ? 'path-rung path-rung-here' : 'path-rung'}
              aria-current={here ? 'step' : undefined}
            >
              <Link to={`/plan/exercise/${rung.id}`}>{rung.name}</Link>
              <span className="muted">{here ? ' · you are here' : done ? ' · done' : ''}</span>
            </li>
          );
        })}
      </ol>
      {next && nextAsk ? (
        <p>
          <strong>Next rung:</strong> {next.name}, starting at {describePrescription(nextAsk)}.
        </p>
      ) : null}
      <p>{pathEstimateSentence(estimate)}</p>
    </section>
  );
}

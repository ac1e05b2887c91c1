import { Link } from 'react-router';
import { destinationFor, findLevel, mainLadders } from '../../domain/exercises';
import { ladderProgress } from '../../domain/progression';
import { ladderLabels, type Plan } from '../../domain/plan';
import { describePrescription, destinationTitle } from '../../domain/progression';

/** The three destination exercises, how far along each ladder the person is, and any accessories. */
export function LadderList({ plan }: { plan: Plan }) {
  const progress = ladderProgress(plan);
  const accessories = plan.exercises.filter((e) => e.ladder === 'accessory');
  const missing = mainLadders.filter((ladder) => !progress.some((p) => p.ladder === ladder));
  return (
    <section className="card" aria-labelledby="ladders-heading">
      <h2 id="ladders-heading">Toward your destination exercises</h2>
      <ul className="plain-list ladder-list">
        {progress.map((p) => (
          <li key={p.ladder}>
            <h3>
              {destinationTitle(p.ladder, plan.equipment).name}
              <span className="muted"> ({p.label.toLowerCase()})</span>
            </h3>
            <p>{p.sentence}</p>
            {destinationTitle(p.ladder, plan.equipment).why ? (
              <p className="muted">{destinationTitle(p.ladder, plan.equipment).why}</p>
            ) : null}
            <div className="ladder-bar" aria-hidden="true">
              <span style={{ width: `${String(Math.round(p.fraction * 100))}%` }} />
            </div>
            <p className="muted">
              Now: {describePrescription(p.exercise)}
              {p.exercise.findingBaseline ? ' (its baseline week)' : null}
            </p>
            {p.current ? (
              <p className="link-line">
                <Link to={`/plan/exercise/${p.current.id}`}>
                  How to do the {p.current.name.toLowerCase()}
                </Link>
              </p>
            ) : null}
          </li>
        ))}
        {missing.map((ladder) => (
          <li key={ladder}>
            <h3>{destinationFor(ladder)?.name ?? ladderLabels[ladder]}</h3>
            <p className="muted">
              Not in your plan: none of the {ladderLabels[ladder].toLowerCase()} exercises fits your
              equipment. Add dumbbells, a kettlebell or a barbell in your plan&apos;s settings to
              start this ladder.
            </p>
          </li>
        ))}
      </ul>
      <p className="link-line">
        <Link to="/plan/path">See your whole path: every rung, what comes next, the pace</Link>
      </p>
      {accessories.length > 0 ? (
        <>
          <h3>Accessories</h3>
          <ul className="plain-list ladder-list">
            {accessories.map((exercise) => {
              const level = findLevel(exercise.exerciseId);
              return (
                <li key={exercise.exerciseId}>
                  <strong>
                    {level ? (
                      <Link to={`/plan/exercise/${level.id}`}>{level.name}</Link>
                    ) : (
                      exercise.exerciseId
                    )}
                  </strong>
                  : {describePrescription(exercise)}
                  {exercise.findingBaseline ? ' (its baseline week)' : null}
                  {level ? <span className="muted"> · {level.trains}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

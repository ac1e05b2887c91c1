import { useState } from 'react';
import { systemClock } from '../../data/clock';
import { useExerciseDays } from '../../data/plan/exercise-history-queries';
import { useSettings } from '../../data/settings/settings-queries';
import type { ExerciseLevel } from '../../domain/exercises';
import { effortLabels } from '../../domain/plan';
import { formatLoad, summarizeExerciseDay, weeklyVolumes } from '../../domain/progression';
import { inUnits } from '../../domain/exercises';
import type { Units } from '../../domain/settings';
import { formatLongDay } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { TableScroll } from '../../ui/table-scroll';
import { VolumeChart } from './volume-chart';

const PAGE = 10;

/** A week's work in words: load lifted in the person's units, seconds held, or reps. */
function volumeWords(volume: number, exercise: ExerciseLevel, units: Units): string {
  if (exercise.loadKind !== 'bodyweight') {
    return `${Math.round(inUnits(volume, units)).toLocaleString()} ${units} lifted`;
  }
  return exercise.unit === 'seconds' ? `${String(volume)} s held` : `${String(volume)} reps`;
}

/** Every day the exercise was done, newest first, a page at a time, and its weekly volume. */
export function ExerciseHistory({ exercise }: { exercise: ExerciseLevel }) {
  const days = useExerciseDays(exercise.id);
  const settings = useSettings();
  const [shown, setShown] = useState(PAGE);
  if (days === undefined || settings === undefined) return <Loading />;
  if (days.length === 0) {
    return (
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">Your history</h2>
        <p>
          Nothing yet. Each set you record in a session shows here, with a chart of your weekly
          work.
        </p>
      </section>
    );
  }
  const summaries = days.slice(0, shown).map(summarizeExerciseDay);
  const weeks = weeklyVolumes(days, systemClock().today, settings.weekStartsOn);
  const holds = exercise.unit === 'seconds';
  const loaded = exercise.loadKind !== 'bodyweight';
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Your history</h2>
      <p className="muted">
        Done on {days.length} {days.length === 1 ? 'day' : 'days'}. Newest first.
      </p>
      <TableScroll label="Your history of this exercise">
        <table className="exercise-history-table" aria-label="Your history of this exercise">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Sets</th>
              <th scope="col">Reps</th>
              {loaded ? <th scope="col">Load</th> : null}
              {holds ? <th scope="col">Hold</th> : null}
              <th scope="col">Pain</th>
              <th scope="col">Effort</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatLongDay(d.day)}</th>
                <td>{d.sets}</td>
                <td>{d.reps.join(', ')}</td>
                {loaded ? (
                  <td>
                    {d.topLoadKg === undefined ? '–' : formatLoad(d.topLoadKg, settings.units)}
                  </td>
                ) : null}
                {holds ? (
                  <td>
                    {d.longestHoldSeconds === undefined ? '–' : `${String(d.longestHoldSeconds)} s`}
                  </td>
                ) : null}
                <td>{d.highestPain}/10</td>
                <td>{effortLabels[d.hardestEffort]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shown < days.length ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setShown((n) => n + PAGE);
          }}
        >
          Show {Math.min(PAGE, days.length - shown)} earlier
        </button>
      ) : null}
      <VolumeChart
        weeks={weeks}
        format={(volume) => volumeWords(volume, exercise, settings.units)}
      />
    </section>
  );
}

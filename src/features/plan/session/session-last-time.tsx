import { useExerciseDays } from '../../../data/plan/exercise-history-queries';
import type { PlanExercise } from '../../../domain/plan';
import { formatShortDay } from '../../../ui/format';
import { describeSet } from './session-progress';

type LastTimeProps = {
  exercise: PlanExercise;
  setNumber: number;
  /** The session's day: "last time" is the latest earlier day this exercise was done. */
  day: string;
};

/**
 * Beside the set: what was done at this set last time (or that day's last set, when fewer were
 * done), so the person can match or beat it at a glance, as in a gym log.
 */
export function LastTime({ exercise, setNumber, day }: LastTimeProps) {
  const days = useExerciseDays(exercise.exerciseId);
  // The line holds its place while it is read, so the answers below never move under a finger.
  if (days === undefined) return <p className="last-time">Last time: …</p>;
  const last = days.find((d) => d.day < day);
  if (last === undefined) {
    return <p className="last-time">Last time: first time at this exercise.</p>;
  }
  const set = last.sets.find((s) => s.setNumber === setNumber) ?? last.sets.at(-1);
  if (set === undefined) return null;
  return (
    <p className="last-time">
      Last time ({formatShortDay(last.day)}): set {set.setNumber}, {describeSet(exercise, set)}
    </p>
  );
}

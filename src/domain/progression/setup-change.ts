import { defaultPrescription, findLevel, rungOf } from '../exercises';
import { phaseMessage } from '../plan';
import { equipmentLabels, type Plan, type PlanExercise } from '../plan';
import type { NewPlanChange } from '../plan';
import {
  describePrescription,
  formatPercent,
  loadUnitsOf,
  nameInSentence,
  weeklyVolume,
} from './prescription';
import type { ReviewAction } from '../plan';
import type { Units } from '../settings';
import { counterpart } from './setup-volume';
import { unitsSentence, unitsWords } from './setup-change-units';

/**
 * How a change that raises weekly volume by more than 10 % is taken: 'keep' lowers sets and reps
 * a session so the week stays within 10 % (keepWeeklyVolume); 'baseline' keeps each session as it
 * is and starts a baseline week on the new schedule.
 */
export type VolumeAnswer = 'keep' | 'baseline';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const HEADLINE_MAX = 300;

/** "Monday", "Monday and Thursday", "Monday, Wednesday and Friday". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

// Monday first, as the setup screen lists them.
const dayList = (days: readonly number[]) =>
  listOf([...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => weekdays[d] ?? ''));
const sameSet = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const nameOf = (e: PlanExercise) => findLevel(e.exerciseId)?.name ?? e.exerciseId;
const equipmentList = (plan: Plan) =>
  listOf(plan.equipment.map((kind) => equipmentLabels[kind].toLowerCase()));

function scheduleParts(before: Plan, after: Plan): string[] {
  const parts: string[] = [];
  const days = after.trainingDays ?? [];
  const daysChanged = !sameSet(before.trainingDays ?? [], days);
  if (before.daysPerWeek !== after.daysPerWeek) {
    const on = days.length > 0 ? ` (${dayList(days)})` : '';
    parts.push(
      `${String(after.daysPerWeek)} training days a week instead of ${String(before.daysPerWeek)}${on}`,
    );
  } else if (daysChanged) {
    const was = before.trainingDays ? ` instead of ${dayList(before.trainingDays)}` : '';
    parts.push(`training on ${dayList(days)}${was}`);
  }
  if (!sameSet(before.equipment, after.equipment)) {
    parts.push(`equipment: ${equipmentList(after)} instead of ${equipmentList(before)}`);
  }
  return parts;
}

/** A new rung is a step up or back by its place on the ladder; the same exercise by its weekly volume. */
function actionFor(before: PlanExercise, after: PlanExercise, was: Plan, now: Plan): ReviewAction {
  const change =
    before.exerciseId === after.exerciseId
      ? weeklyVolume(after, now.daysPerWeek) - weeklyVolume(before, was.daysPerWeek)
      : rungOf(after.exerciseId) - rungOf(before.exerciseId);
  if (Math.abs(change) < 1e-9) return 'hold';
  return change > 0 ? 'progress' : 'step-back';
}

function exerciseSentence(
  before: PlanExercise,
  after: PlanExercise,
  was: Plan,
  now: Plan,
  units: Units,
) {
  const text = describePrescription(after);
  const switched = unitsSentence(before, after, units);
  if (switched !== undefined) return switched;
  if (before.exerciseId !== after.exerciseId) {
    const start = defaultPrescription(after.exerciseId, loadUnitsOf(after));
    const how =
      start && samePrescription(start, after)
        ? 'its light starting prescription'
        : 'lighter than its starting prescription, so the week is no more than 10 % more work';
    return `You chose ${nameInSentence(nameOf(after))} instead of ${nameInSentence(nameOf(before))}: it starts at ${text}, ${how}. Your other exercises keep theirs.`;
  }
  const rise = weeklyVolume(after, now.daysPerWeek) / weeklyVolume(before, was.daysPerWeek) - 1;
  const change =
    Math.abs(rise) < 0.005 ? 'the same' : `${formatPercent(rise)} ${rise > 0 ? 'more' : 'less'}`;
  return `${text} a session instead of ${describePrescription(before)}, on ${String(now.daysPerWeek)} days a week instead of ${String(was.daysPerWeek)}: the week's work is ${change} than before, within our rule of no more than 10 % more a week.`;
}

const loaded = (e: PlanExercise) => (e.loadKg ?? 0) > 0;
// The units of an exercise with no load only say what the next rung starts in: no change to say.
// Keys sorted: a plan read back through its schema lists them in the schema's order.
const meaningful = (e: PlanExercise) => {
  // An exercise's own baseline week is said in the headline (ownBaselinePart), not as a change.
  const fields = {
    ...e,
    targetReps: e.targetReps ?? null,
    loadUnits: loaded(e) ? loadUnitsOf(e) : null,
    findingBaseline: null,
  };
  return JSON.stringify(fields, Object.keys(fields).sort());
};
const samePrescription = (a: PlanExercise, b: PlanExercise) => meaningful(a) === meaningful(b);

/** What is owned, in a fixed key order, to tell whether the setup screen changed it. */
const ownedKey = (owned: Plan['owned']) =>
  owned === undefined
    ? ''
    : JSON.stringify([
        owned.units,
        owned.dumbbells ?? null,
        owned.kettlebells ?? null,
        owned.barbell && [owned.barbell.bar, owned.barbell.smallestPlate, owned.barbell.heaviest],
        owned.microload ?? null,
        owned.bandLevels ?? null,
      ]);

/** "a baseline week of its own for bird dog, while the rest carry on". */
function ownBaselinePart(trying: readonly PlanExercise[]): string {
  const names = listOf(trying.map((e) => nameInSentence(nameOf(e))));
  return trying.length === 1
    ? `a baseline week of its own for ${names}, while the rest carry on`
    : `a baseline week each for ${names}, while the rest carry on`;
}

/** Joins `parts` into the headline, leaving out whole parts that would run past its length. */
function headlineOf(parts: readonly string[]): string {
  const start = 'You changed your plan: ';
  let text = '';
  for (const part of parts) {
    const next = text === '' ? part : `${text}; ${part}`;
    const more = 'and more (see What changed)';
    if (`${start}${next}; ${more}.`.length > HEADLINE_MAX) return `${start}${text}; ${more}.`;
    text = next;
  }
  return `${start}${text}.`;
}

/**
 * The history entry for a plan changed on the setup screen on `day`, with a plain sentence of
 * what changed ("You changed your plan: 3 training days a week instead of 2 …") and one line per
 * exercise whose prescription changed; undefined when nothing did. `volume` says how a rise of
 * more than 10 % a week was taken, when there was one.
 */
export function setupChange(
  before: Plan,
  after: Plan,
  day: string,
  units: Units,
  volume?: VolumeAnswer,
): NewPlanChange | undefined {
  const parts = scheduleParts(before, after);
  const exercises: NewPlanChange['exercises'] = [];
  const added: string[] = [];
  for (const exercise of after.exercises) {
    const was = counterpart(exercise, before.exercises);
    const replaces = was !== undefined && was.exerciseId !== exercise.exerciseId;
    // A rung beside one still in the plan replaces nothing: it is added.
    if (
      was === undefined ||
      (replaces && after.exercises.some((a) => a.exerciseId === was.exerciseId))
    ) {
      added.push(nameInSentence(nameOf(exercise)));
      continue;
    }
    if (replaces)
      parts.push(`${nameInSentence(nameOf(exercise))} instead of ${nameInSentence(nameOf(was))}`);
    // A load with no weight at or below it in the person's units stays as it was: say so.
    const stays = loaded(exercise) && loadUnitsOf(exercise) !== units;
    if (samePrescription(was, exercise) && !stays) continue;
    exercises.push({
      exerciseId: was.exerciseId,
      exerciseIdAfter: exercise.exerciseId,
      action: actionFor(was, exercise, before, after),
      reason: 'setup-change',
      atTop: false,
      before: describePrescription(was),
      after: describePrescription(exercise),
      sentence: exerciseSentence(was, exercise, before, after, units),
    });
  }
  const continued = new Set(
    after.exercises.map((a) => counterpart(a, before.exercises)?.exerciseId),
  );
  const removed = before.exercises.filter((e) => !continued.has(e.exerciseId));
  const converted = after.exercises.some((e) => {
    const was = before.exercises.find((b) => b.exerciseId === e.exerciseId);
    return was !== undefined && loaded(was) && loadUnitsOf(was) !== loadUnitsOf(e);
  });
  if (converted) {
    parts.push(
      `weights in ${unitsWords[units].many} now, each down to the nearest ${unitsWords[units].one} weight (never up)`,
    );
  }
  // A plan from before owned weights were asked gets them at its first save: not a change.
  if (before.owned !== undefined && ownedKey(before.owned) !== ownedKey(after.owned))
    parts.push('the weights you own updated');
  if (added.length > 0) parts.push(`${listOf(added)} added`);
  const trying = after.exercises.filter(
    (e) =>
      e.findingBaseline === true &&
      before.exercises.find((b) => b.exerciseId === e.exerciseId)?.findingBaseline !== true,
  );
  if (trying.length > 0) parts.push(ownBaselinePart(trying));
  if (removed.length > 0)
    parts.push(`${listOf(removed.map((e) => nameInSentence(nameOf(e))))} taken out`);
  if (volume === 'keep' && exercises.some((e) => e.exerciseId === e.exerciseIdAfter)) {
    parts.push(
      'fewer sets or reps a session, so each week is no more than 10 % more work (our rule)',
    );
  }
  if (after.findingBaseline === true && before.findingBaseline !== true) {
    parts.push(
      'a baseline week starts, to set each exercise from what stays tolerable on the new schedule',
    );
  } else if (volume === 'baseline') {
    // Already in its baseline week: the week itself finds what the new schedule tolerates.
    parts.push('your baseline week goes on, on the new schedule, sessions as they were');
  }
  if (parts.length === 0 && exercises.length === 0) return undefined;
  if (parts.length === 0) parts.push('new prescriptions (see What changed)');
  return {
    kind: 'setup-change',
    day,
    sessionsDone: 0,
    sessionsPlanned: after.daysPerWeek,
    goodWeeksInARow: 0,
    phaseBefore: before.phase,
    phaseAfter: after.phase,
    flareModeBefore: before.flareMode,
    flareModeAfter: after.flareMode,
    headline: headlineOf(parts),
    phaseMessage: phaseMessage(after.phase, after.flareMode, 0, after.findingBaseline),
    exercises,
  };
}

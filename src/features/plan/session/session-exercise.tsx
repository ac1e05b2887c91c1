import { useEffect, useRef, useState, type ReactNode } from 'react';
import { findLevel } from '../../../domain/exercises';
import { factsFor } from '../../../domain/progression';
import { effortLabels, efforts, type Effort, type Plan } from '../../../domain/plan';
import './session.css';
import type { FieldErrors } from '../../../domain/common';
import { ChoiceTiles, choicesFrom, scaleChoices } from '../../../ui/choice-tiles';
import {
  describeSet,
  setKey,
  type Answers,
  type NextSet,
  type SetAmount,
} from './session-progress';
import { SessionActionBar } from './session-action-bar';
import { SessionAdjust } from './session-adjust';
import { LastTime } from './session-last-time';

type SessionExerciseProps = {
  next: NextSet;
  plan: Pick<Plan, 'owned'>;
  /** The session's day ("last time" is an earlier one). */
  day: string;
  answers: Answers;
  errors: FieldErrors;
  /** A save of this set is under way (or not yet read back): Done must not save it again. */
  busy: boolean;
  /** Move focus to this exercise when it appears after a set (the old Done button is gone). */
  takeFocus: boolean;
  /** The action bar's button takes focus when its content changes (after the person's tap). */
  claimFocus: boolean;
  /** A rest or hold under way: shown in the action bar instead of Done. */
  timer: ReactNode;
  /** Timed exercises: start a hold of `seconds`. */
  onStartHold: (seconds: number) => void;
  onEffort: (effort: Effort) => void;
  onPain: (pain: number) => void;
  onDone: (amount: SetAmount) => void;
  onSkip: () => void;
};

/**
 * One exercise, one set at a time: cues, effort and pain, a Done in thumb's reach, an adjust.
 * It stays mounted from set to set and exercise to exercise (the runner gives it no key), so its
 * action bar does too: a tap on Skip rest as the saved set is read back is never lost.
 */
export function SessionExercise(props: SessionExerciseProps) {
  const { next, answers, errors, busy, timer } = props;
  const { effort, pain, carried } = answers;
  const { exercise, setNumber, target } = next;
  const set = setKey(exercise.exerciseId, setNumber);
  // What the person changed for this set; a new set starts again from its target.
  const [adjusted, setAdjusted] = useState<{ set: string; amount: SetAmount } | null>(null);
  const amount = adjusted?.set === set ? adjusted.amount : target;
  const heading = useRef<HTMLHeadingElement>(null);
  const { takeFocus } = props;
  // After a set, a skip or a bring-back: the heading of the exercise now on screen takes focus
  // (its cues come first; the button tapped may be gone), once per exercise. Not while the set
  // just saved is read back: the exercise done stays on screen until then.
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    const element = heading.current;
    if (!takeFocus) {
      focusedFor.current = null;
      return;
    }
    if (busy || !element || focusedFor.current === exercise.exerciseId) return;
    focusedFor.current = exercise.exerciseId;
    // Already on the heading (the name changed under it): focus it afresh, so it is read out.
    if (document.activeElement === element) element.blur();
    element.focus();
  }, [takeFocus, busy, exercise.exerciseId]);
  const level = findLevel(exercise.exerciseId);
  const facts = factsFor(exercise);
  const hold = facts.unit === 'seconds' ? amount.holdSeconds : undefined;
  return (
    <section className="card session-exercise" aria-labelledby="exercise-heading">
      <h2 id="exercise-heading" ref={heading} tabIndex={-1}>
        {facts.name}
      </h2>
      <p className="set-count">
        Set {setNumber} of {exercise.sets}: {describeSet(exercise, target)}
      </p>
      <LastTime exercise={exercise} setNumber={setNumber} day={props.day} />
      {carried ? (
        <p className="carried">
          Starting from set {carried.setNumber}: {effortLabels[carried.effort]}, pain{' '}
          {carried.painDuring}/10. Change them if this set felt different.
        </p>
      ) : null}
      {level ? (
        <ul className="cues">
          {level.cues.map((cue) => (
            <li key={cue}>{cue}</li>
          ))}
        </ul>
      ) : null}
      <ChoiceTiles
        id="session-effort"
        name="effort"
        legend="How hard was it?"
        hint={
          // docs/domain.md §5b rule 11: the effort words.
          <ul className="effort-words">
            <li>Easy: 4 or more reps left</li>
            <li>Moderate: 2-3 left (aim for this)</li>
            <li>Hard: 0-1 left, or my form slipped</li>
          </ul>
        }
        choices={choicesFrom(efforts, effortLabels)}
        value={effort}
        error={errors.effort}
        onChange={props.onEffort}
      />
      <ChoiceTiles
        id="session-pain"
        name="painDuring"
        variant="scale"
        legend="Pain during the set (0 = none, 10 = worst)"
        hint={<p>0-2 fine, 3-5 acceptable, 6 or more: stop this exercise for today.</p>}
        choices={scaleChoices}
        value={pain === undefined ? undefined : String(pain)}
        error={errors.painDuring}
        onChange={(value) => {
          props.onPain(Number(value));
        }}
      />
      <SessionAdjust
        // Closed again for each new set, its steppers back at the set's target.
        key={set}
        exercise={exercise}
        facts={facts}
        plan={props.plan}
        amount={amount}
        onChange={(patch) => {
          setAdjusted((current) => ({
            set,
            amount: { ...(current?.set === set ? current.amount : target), ...patch },
          }));
        }}
      />
      <button type="button" className="button" onClick={props.onSkip}>
        Skip this exercise
      </button>
      <SessionActionBar claimFocus={props.claimFocus} content={timer ? 'timer' : 'done'}>
        {timer ?? (
          <>
            {hold !== undefined && hold > 0 ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  props.onStartHold(hold);
                }}
              >
                Start a hold: {hold} s
              </button>
            ) : null}
            <button
              type="button"
              className="button button-primary button-wide button-big"
              // aria-disabled, not disabled: the button keeps focus (and is still found by its place).
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) props.onDone(amount);
              }}
            >
              {busy ? 'Saving…' : `Done: ${describeSet(exercise, amount)}`}
            </button>
          </>
        )}
      </SessionActionBar>
    </section>
  );
}

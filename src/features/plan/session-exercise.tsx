import { useEffect, useRef, useState } from 'react';
import { findLevel } from '../../domain/exercises';
import { fromUnits, inUnits, maxLoad } from '../../domain/exercises';
import { factsFor, formatLoad } from '../../domain/progression';
import { effortLabels, efforts, type Effort } from '../../domain/plan';
import './session.css';
import type { FieldErrors } from '../../domain/common';
import { ChoiceTiles, choicesFrom, scaleChoices } from '../../ui/choice-tiles';
import { describeSet, type Answers, type NextSet, type SetAmount } from './session-progress';
import { SetStepper } from './set-stepper';

type SessionExerciseProps = {
  next: NextSet;
  answers: Answers;
  errors: FieldErrors;
  /** A save of this set is under way (or not yet read back): Done must not save it again. */
  busy: boolean;
  /** Move focus to this exercise when it appears after a set (the old Done button is gone). */
  takeFocus: boolean;
  onEffort: (effort: Effort) => void;
  onPain: (pain: number) => void;
  onDone: (amount: SetAmount) => void;
  onSkip: () => void;
};

/** One exercise, one set at a time: cues, effort and pain, a big Done, and a quick adjust. */
export function SessionExercise(props: SessionExerciseProps) {
  const { next, answers, errors, busy } = props;
  const { effort, pain, carried } = answers;
  const { exercise, setNumber, target } = next;
  const [amount, setAmount] = useState<SetAmount>(target);
  const heading = useRef<HTMLHeadingElement>(null);
  const { takeFocus } = props;
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const level = findLevel(exercise.exerciseId);
  const facts = factsFor(exercise);
  const changed = (patch: Partial<SetAmount>) => {
    setAmount((current) => ({ ...current, ...patch }));
  };
  return (
    <section className="card session-exercise" aria-labelledby="exercise-heading">
      <h2 id="exercise-heading" ref={heading} tabIndex={-1}>
        {facts.name}
      </h2>
      <p className="set-count">
        Set {setNumber} of {exercise.sets}: {describeSet(exercise, target)}
      </p>
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
        hint={<p>Aim for easy to moderate: two or more reps left in the tank.</p>}
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
        hint={<p>Up to 5 is acceptable, as long as it settles by the next morning.</p>}
        choices={scaleChoices}
        value={pain === undefined ? undefined : String(pain)}
        error={errors.painDuring}
        onChange={(value) => {
          props.onPain(Number(value));
        }}
      />
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
      <details className="adjust">
        <summary>Did something different?</summary>
        <SetStepper
          id="adjust-reps"
          label={facts.unit === 'seconds' ? 'Holds' : 'Reps'}
          display={String(amount.reps)}
          value={amount.reps}
          step={1}
          min={0}
          max={100}
          noun={{ fewer: 'One fewer rep', more: 'One more rep' }}
          onChange={(reps) => {
            changed({ reps });
          }}
        />
        {amount.holdSeconds !== undefined ? (
          <SetStepper
            id="adjust-hold"
            label="Hold"
            display={`${String(amount.holdSeconds)} s`}
            value={amount.holdSeconds}
            step={5}
            min={0}
            max={600}
            noun={{ fewer: 'Hold 5 seconds less', more: 'Hold 5 seconds more' }}
            onChange={(holdSeconds) => {
              changed({ holdSeconds });
            }}
          />
        ) : null}
        {amount.loadKg !== undefined ? (
          // Stepped in the exercise's own units (5 lb, 2 kg) and stored as their exact kg, so
          // a pound set back at the prescription meets it exactly (see load-units.ts).
          <SetStepper
            id="adjust-load"
            label="Load"
            display={formatLoad(amount.loadKg, facts.loadUnits)}
            value={inUnits(amount.loadKg, facts.loadUnits)}
            step={facts.loadStep}
            min={0}
            max={maxLoad[facts.loadUnits]}
            noun={{ fewer: 'Lighter', more: 'Heavier' }}
            onChange={(load) => {
              changed({ loadKg: fromUnits(load, facts.loadUnits) });
            }}
          />
        ) : null}
        <p className="muted">Then tap Done above to save the set as you did it.</p>
      </details>
      <button type="button" className="button" onClick={props.onSkip}>
        Skip this exercise
      </button>
    </section>
  );
}

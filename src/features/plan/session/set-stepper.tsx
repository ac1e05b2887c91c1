import type { Steps } from './session-steps';

type SetStepperProps = {
  /** Unique on the page: the id of the visible label. */
  id: string;
  label: string;
  /** The value as the person reads it ("8", "6 kg"). */
  display: string;
  /** Where − and + lead (on the person's grid: see session-steps.ts); undefined disables one. */
  steps: Steps;
  /** The buttons' names ("One fewer rep", "Heavier"). */
  noun: { fewer: string; more: string };
  onChange: (value: number) => void;
};

/** A number changed with two big buttons, for a thumb mid-workout (no keyboard popping up). */
export function SetStepper(props: SetStepperProps) {
  const { id, label, display, steps, noun, onChange } = props;
  const { fewer, more } = steps;
  return (
    <div className="stepper" role="group" aria-labelledby={id}>
      <span id={id} className="stepper-label">
        {label}
      </span>
      <button
        type="button"
        className="button"
        aria-label={noun.fewer}
        disabled={fewer === undefined}
        onClick={() => {
          if (fewer !== undefined) onChange(fewer);
        }}
      >
        −
      </button>
      <output aria-live="polite" className="stepper-value">
        {display}
      </output>
      <button
        type="button"
        className="button"
        aria-label={noun.more}
        disabled={more === undefined}
        onClick={() => {
          if (more !== undefined) onChange(more);
        }}
      >
        +
      </button>
    </div>
  );
}

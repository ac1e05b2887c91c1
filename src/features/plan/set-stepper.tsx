type SetStepperProps = {
  /** Unique on the page: the id of the visible label. */
  id: string;
  label: string;
  /** The value as the person reads it ("8", "6 kg"). */
  display: string;
  value: number;
  step: number;
  min: number;
  max: number;
  /** "rep", "kg", "seconds": completes the buttons' names ("One more rep"). */
  noun: { fewer: string; more: string };
  onChange: (value: number) => void;
};

/** A number changed with two big buttons, for a thumb mid-workout (no keyboard popping up). */
export function SetStepper(props: SetStepperProps) {
  const { id, label, display, value, step, min, max, noun, onChange } = props;
  const to = (next: number) => {
    onChange(Math.min(max, Math.max(min, Math.round(next * 100) / 100)));
  };
  return (
    <div className="stepper" role="group" aria-labelledby={id}>
      <span id={id} className="stepper-label">
        {label}
      </span>
      <button
        type="button"
        className="button"
        aria-label={noun.fewer}
        disabled={value <= min}
        onClick={() => {
          to(value - step);
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
        disabled={value >= max}
        onClick={() => {
          to(value + step);
        }}
      >
        +
      </button>
    </div>
  );
}

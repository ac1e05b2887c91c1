import { activityCatalogue } from '../../domain/episodes';
import { ChoiceTiles } from '../../ui/choice-tiles';

type TriggersStepProps = { selected: readonly string[]; onChange: (ids: string[]) => void };

/** Step 4: what the person already suspects; Patterns will test it against their log. */
export function TriggersStep({ selected, onChange }: TriggersStepProps) {
  return (
    <fieldset className="welcome-fieldset">
      <legend>
        <h2>What do you think sets your back off?</h2>
      </legend>
      <p>Choose any you suspect. Your log will show whether the counts agree.</p>
      <ChoiceTiles
        multiple
        id="suspected"
        choices={activityCatalogue.map((a) => ({ value: a.id, label: a.name }))}
        selected={selected}
        onToggle={(id, on) => {
          onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
        }}
      />
    </fieldset>
  );
}

type HardActivitiesStepProps = {
  values: readonly string[];
  onChange: (values: string[]) => void;
  error: string | undefined;
};

/** Step 5: 3-5 everyday activities that are hard now (the patient-specific scale, Stratford 1995). */
export function HardActivitiesStep({ values, onChange, error }: HardActivitiesStepProps) {
  return (
    <fieldset className="welcome-fieldset" aria-describedby={error ? 'hard-error' : undefined}>
      <legend>
        <h2>What is hard for you now?</h2>
      </legend>
      <p>
        Name 3 to 5 everyday things your back makes hard, such as lifting a case of water or bending
        over the crib. Each week you rate them 0 to 10 to see your progress.
      </p>
      {[0, 1, 2, 3, 4].map((index) => (
        <p key={index}>
          <label htmlFor={`hard-${index}`}>
            Hard activity {index + 1}
            {index >= 3 ? ' (optional)' : ''}
          </label>
          <input
            id={`hard-${index}`}
            type="text"
            value={values[index] ?? ''}
            onChange={(event) => {
              const next = [...values];
              next[index] = event.target.value;
              onChange(next);
            }}
          />
        </p>
      ))}
      {error ? (
        <p id="hard-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

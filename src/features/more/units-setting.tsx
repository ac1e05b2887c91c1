import { useState } from 'react';
import { unitLabels, units, type Units } from '../../domain/settings';
import { saveSettings, useSettings } from '../../data/settings-queries';

/** Kilograms or pounds for every load the app asks for or shows; stored loads stay in kg. */
export function UnitsSetting() {
  const settings = useSettings();
  const [error, setError] = useState<string | null>(null);
  if (!settings) return null;

  async function choose(value: Units) {
    const result = await saveSettings({ units: value });
    setError(result.ok ? null : (Object.values(result.errors)[0] ?? 'This could not be saved.'));
  }

  return (
    <fieldset className="card units-setting">
      <legend>Units for loads</legend>
      {units.map((value) => (
        <label key={value} className="check">
          <input
            type="radio"
            name="units"
            value={value}
            checked={settings.units === value}
            onChange={() => void choose(value)}
          />
          {unitLabels[value]}
        </label>
      ))}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

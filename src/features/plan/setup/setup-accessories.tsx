import type { EquipmentKind } from '../../../domain/plan';
import { availableAccessories } from './setup-choices';

type SetupAccessoriesProps = {
  equipment: readonly EquipmentKind[];
  selected: readonly string[];
  onChange: (accessories: string[]) => void;
};

/**
 * The optional accessories the equipment allows, each with what it trains. Ticked ones the
 * equipment no longer allows stay in the answers (so ticking the equipment back restores them)
 * but are not saved: exercisesFor only keeps the available ones.
 */
export function SetupAccessories({ equipment, selected, onChange }: SetupAccessoriesProps) {
  const levels = availableAccessories(equipment);
  return (
    <fieldset
      className="choice-tiles"
      data-field="accessories"
      aria-describedby="setup-accessories-hint"
    >
      <legend>Accessories (optional)</legend>
      <p id="setup-accessories-hint" className="choice-tiles-hint">
        Extra exercises beside the three ladders, at a light start like the rest. Leave them out if
        you&apos;re not sure.
      </p>
      {levels.length === 0 ? (
        <p className="muted">
          None fits the equipment chosen yet: reverse flyes and good mornings need dumbbells, band
          pull-aparts need resistance bands.
        </p>
      ) : (
        <ul className="plain-list accessory-list">
          {levels.map((level) => {
            const id = `setup-accessory-${level.id}`;
            return (
              <li key={level.id} className="choice-tile">
                <input
                  type="checkbox"
                  id={id}
                  value={level.id}
                  aria-describedby={`${id}-trains`}
                  checked={selected.includes(level.id)}
                  onChange={(event) => {
                    const others = selected.filter((s) => s !== level.id);
                    onChange(event.target.checked ? [...others, level.id] : others);
                  }}
                />
                <label htmlFor={id}>{level.name}</label>
                <span id={`${id}-trains`} className="muted accessory-trains">
                  Trains: {level.trains.charAt(0).toLowerCase() + level.trains.slice(1)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

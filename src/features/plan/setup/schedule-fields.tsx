import { equipmentKinds, equipmentLabels, type EquipmentKind } from '../../../domain/plan';
import type { FieldErrors } from '../../../domain/common';
import { ChoiceTiles, type Choice } from '../../../ui/choice-tiles';
import { fieldErrorsFor } from '../../../ui/field-error';
import { weekdayNames, type SetupChoices } from './setup-choices';

const { errorId, FieldError } = fieldErrorsFor('setup');
const dayCounts: Choice<string>[] = ['2', '3', '4'].map((n) => ({ value: n, label: n }));
// Monday first: most people plan their week from Monday.
const weekdays: Choice<string>[] = [1, 2, 3, 4, 5, 6, 0].map((d) => ({
  value: String(d),
  label: weekdayNames[d] ?? '',
}));
const equipment: Choice<string>[] = equipmentKinds.map((kind) => ({
  value: kind,
  label: equipmentLabels[kind],
}));

type ScheduleFieldsProps = {
  choices: SetupChoices;
  errors: FieldErrors;
  onDaysPerWeek: (days: number) => void;
  onChange: (patch: Partial<SetupChoices>) => void;
};

/** How many days, which weekdays, and the equipment at hand. */
export function ScheduleFields({ choices, errors, onDaysPerWeek, onChange }: ScheduleFieldsProps) {
  const invalid = (field: string) =>
    errors[field] === undefined
      ? {}
      : { 'aria-invalid': true as const, 'aria-describedby': errorId(field) };
  return (
    <>
      <ChoiceTiles
        id="setup-days"
        name="daysPerWeek"
        legend="Training days a week"
        hint={<p>Two to four: 2-3 days a week suits a new routine.</p>}
        choices={dayCounts}
        value={String(choices.daysPerWeek)}
        error={errors.daysPerWeek}
        onChange={(value) => {
          onDaysPerWeek(Number(value));
        }}
      />
      <fieldset className="choice-tiles" data-field="trainingDays" {...invalid('trainingDays')}>
        <legend>Which days</legend>
        <ChoiceTiles
          multiple
          id="setup-weekday"
          choices={weekdays}
          selected={choices.trainingDays.map(String)}
          onToggle={(value, on) => {
            const day = Number(value);
            const others = choices.trainingDays.filter((d) => d !== day);
            onChange({ trainingDays: on ? [...others, day] : others });
          }}
        />
        <FieldError errors={errors} field="trainingDays" />
      </fieldset>
      <fieldset className="choice-tiles" data-field="equipment" {...invalid('equipment')}>
        <legend>Equipment you have</legend>
        <ChoiceTiles
          multiple
          id="setup-equipment"
          choices={equipment}
          selected={choices.equipment}
          onToggle={(value, on) => {
            const kind = value as EquipmentKind;
            // "No equipment" and a piece of equipment can't both be true.
            const others = choices.equipment.filter(
              (k) => k !== kind && (kind === 'none' ? false : k !== 'none'),
            );
            onChange({ equipment: on ? [...others, kind] : others });
          }}
        />
        <FieldError errors={errors} field="equipment" />
      </fieldset>
    </>
  );
}

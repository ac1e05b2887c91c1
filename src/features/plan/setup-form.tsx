import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { ladderLabels, type Plan } from '../../domain/plan';
import type { Units } from '../../domain/settings';
import type { FieldErrors } from '../../domain/common';
import { ChoiceTiles } from '../../ui/choice-tiles';
import { FormAlert } from '../../ui/form-alert';
import { startingRungs, suggestedDays, type SetupChoices } from './setup-choices';
import { ScheduleFields } from './schedule-fields';
import { SetupAccessories } from './setup-accessories';
import { SetupExercises } from './setup-exercises';
import { setupOutcome } from './setup-plan';
import { ownedText } from './setup-owned';
import { SetupOwnedFields } from './setup-owned-fields';
import { UnitsNotice } from './setup-units-notice';
import { VolumeWarning } from './setup-volume-warning';
import './plan.css';
import './setup-form.css';

const fieldOrder = [
  'daysPerWeek',
  'trainingDays',
  'equipment',
  'owned.dumbbellWeights',
  'owned.lightest',
  'owned.increment',
  'owned.heaviest',
  'owned.kettlebells',
  'owned.bar',
  'owned.smallestPlate',
  'owned.barHeaviest',
  'owned.microload',
  'owned.bandLevels',
  'extension',
  'row',
  'hinge',
  'accessories',
  'volume',
];

type SetupFormProps = {
  initial: SetupChoices;
  /** The stored plan being changed, or null for a new plan. */
  current: Plan | null;
  units: Units;
  /** Saves the choices; resolves to messages per field, or null once saved. */
  onSave: (choices: SetupChoices) => Promise<FieldErrors | null>;
  /** Told of every change, so a new plan's answers can be kept as a draft. */
  onChange?: ((choices: SetupChoices) => void) | undefined;
};

/** The setup questions, then the baseline they lead to, then Save. */
export function SetupForm({ initial, current, units, onSave, onChange }: SetupFormProps) {
  const [choices, setChoices] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const update = (patch: Partial<SetupChoices>) => {
    setChoices((current) => ({ ...current, ...patch }));
  };

  useEffect(() => {
    if (choices !== initial) onChange?.(choices);
  }, [choices, initial, onChange]);

  // After a refused save, take the person to the first message.
  useEffect(() => {
    const field = fieldOrder.find((key) => key in errors);
    const find = (selector: string) => form.current?.querySelector<HTMLElement>(selector);
    if (field) find(`[data-field="${field}"] input`)?.focus();
    else if (Object.keys(errors).length > 0) find('.form-alert')?.focus();
  }, [errors]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const refused = await onSave(choices);
    setSaving(false);
    if (refused) setErrors(refused);
  }

  const rungs = startingRungs(choices);
  const outcome = setupOutcome(choices, current, units);

  return (
    <form ref={form} className="plan-form" noValidate onSubmit={(event) => void submit(event)}>
      {/* Messages for the whole record, or for a path no field shows. */}
      <FormAlert errors={errors} fields={fieldOrder} />
      <ScheduleFields
        choices={choices}
        errors={errors}
        onDaysPerWeek={(daysPerWeek) => {
          update({ daysPerWeek, trainingDays: suggestedDays[daysPerWeek] ?? [] });
        }}
        onChange={update}
      />
      <SetupOwnedFields
        equipment={choices.equipment}
        value={choices.owned ?? ownedText(choices.equipment, units, current?.owned)}
        errors={errors}
        onChange={(owned) => {
          update({ owned });
        }}
      />
      {rungs.map(({ ladder, levels, chosen }) =>
        levels.length === 0 ? (
          <p key={ladder} className="notice" data-field={ladder}>
            {ladderLabels[ladder]}: none of these exercises fits the equipment chosen yet (they need
            dumbbells, a kettlebell, a barbell or bands).
          </p>
        ) : (
          <ChoiceTiles
            key={ladder}
            id={`setup-${ladder}`}
            name={ladder}
            legend={`${ladderLabels[ladder]}: where to start`}
            hint={<p>Start at the lowest, or at the level you already do comfortably.</p>}
            choices={levels.map((level) => ({ value: level.id, label: level.name }))}
            value={chosen?.id}
            error={errors[ladder]}
            onChange={(id) => {
              update({ start: { ...choices.start, [ladder]: id } });
            }}
          />
        ),
      )}
      <SetupAccessories
        equipment={choices.equipment}
        selected={choices.accessories}
        onChange={(accessories) => {
          update({ accessories });
        }}
      />
      <SetupExercises
        exercises={outcome.fields.exercises}
        heading={current ? 'Your plan after this change' : 'Your baseline'}
      />
      <UnitsNotice conversions={outcome.conversions} units={units} />
      {/* Present from the start so the warning is announced the moment an answer causes it. */}
      <p role="status" className="visually-hidden">
        {outcome.over.length > 0
          ? 'This change is more than 10 % more work a week: choose how to take it, before Save.'
          : ''}
      </p>
      {outcome.volume ? (
        <VolumeWarning
          over={outcome.over}
          tooLittle={outcome.tooLittle}
          value={outcome.volume}
          onChange={(volume) => {
            update({ volume });
          }}
        />
      ) : null}
      <p>
        <button type="submit" className="button button-primary button-wide" disabled={saving}>
          Save plan
        </button>
      </p>
    </form>
  );
}

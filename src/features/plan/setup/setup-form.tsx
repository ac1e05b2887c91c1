import { ladderLabels, type Plan } from '../../../domain/plan';
import type { Units } from '../../../domain/settings';
import type { FieldErrors } from '../../../domain/common';
import { ChoiceTiles } from '../../../ui/choice-tiles';
import { FormAlert } from '../../../ui/form-alert';
import { DraftNotice } from '../../../ui/form-kit/draft-notice';
import { SubmitButton } from '../../../ui/form-kit/submit-button';
import type { TabDraft } from '../../../ui/form-kit/tab-draft';
import { useForm } from '../../../ui/form-kit/use-form';
import { startingRungs, suggestedDays, type SetupChoices } from './setup-choices';
import { ScheduleFields } from './schedule-fields';
import { SetupAccessories } from './setup-accessories';
import { SetupExercises } from './setup-exercises';
import { setupOutcome } from './setup-plan';
import { ownedText } from './setup-owned';
import { SetupOwnedFields } from './setup-owned-fields';
import { UnitsNotice } from './setup-units-notice';
import { VolumeWarning } from './setup-volume-warning';
import '../plan.css';
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
  /** This tab's draft of a new plan's answers (a change starts from the stored plan: none). */
  draft?: TabDraft<SetupChoices> | undefined;
};

/** The setup questions, then the baseline they lead to, then Save (on the form kit). */
export function SetupForm({ initial, current, units, onSave, draft }: SetupFormProps) {
  const form = useForm<SetupChoices>({ initial, fields: fieldOrder, onSubmit: onSave, draft });
  const { values: choices, errors, set: update } = form;

  const rungs = startingRungs(choices);
  const outcome = setupOutcome(choices, current, units);

  return (
    <form {...form.formProps} className="plan-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset}>
        Your answers from last time are kept.
      </DraftNotice>
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
        <SubmitButton saving={form.saving} className="button button-primary button-wide">
          Save plan
        </SubmitButton>
      </p>
    </form>
  );
}

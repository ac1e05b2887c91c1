import type { FieldErrors } from '../../../domain/common';
import type { EquipmentKind } from '../../../domain/plan';
import { ChoiceTiles } from '../../../ui/choice-tiles';
import { fieldErrorsFor } from '../../../ui/field-error';
import type { OwnedField, OwnedText } from './setup-owned';

const { invalidProps, FieldError } = fieldErrorsFor('setup');

type OwnedFieldsProps = {
  equipment: readonly EquipmentKind[];
  value: OwnedText;
  errors: FieldErrors;
  onChange: (owned: OwnedText) => void;
};

/**
 * What the person owns (docs/domain.md §5b rule 5), for the kinds ticked, in their units: every
 * load the plan sets comes from these weights, never above the heaviest (rule 6).
 */
export function SetupOwnedFields({ equipment, value, errors, onChange }: OwnedFieldsProps) {
  const has = (kind: EquipmentKind) => equipment.includes(kind);
  const u = value.units;
  if (!has('dumbbells') && !has('kettlebell') && !has('barbell') && !has('bands')) return null;
  const field = (name: OwnedField, label: string, hint?: string) => (
    <div className="field" data-field={`owned.${name}`}>
      <label htmlFor={`setup-owned-${name}`}>{label}</label>
      {hint ? <p className="muted">{hint}</p> : null}
      <input
        id={`setup-owned-${name}`}
        type="text"
        inputMode={name === 'bandLevels' ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={value[name]}
        {...invalidProps(errors, `owned.${name}`)}
        onChange={(event) => {
          onChange({ ...value, [name]: event.target.value });
        }}
      />
      <FieldError errors={errors} field={`owned.${name}`} />
    </div>
  );
  return (
    <fieldset className="owned-fields" data-field="owned">
      <legend>The weights you own</legend>
      <p className="muted">
        In {u}. Your plan&apos;s loads come only from these, never above the heaviest. Change them
        here whenever you buy or sell a weight.
      </p>
      {has('dumbbells') ? (
        <>
          <ChoiceTiles
            id="setup-dumbbell-kind"
            name="dumbbellKind"
            legend="Your dumbbells"
            choices={[
              { value: 'fixed', label: 'Pairs of fixed weights' },
              { value: 'adjustable', label: 'An adjustable dumbbell' },
            ]}
            value={value.dumbbellKind}
            onChange={(kind) => {
              onChange({ ...value, dumbbellKind: kind === 'fixed' ? 'fixed' : 'adjustable' });
            }}
          />
          {value.dumbbellKind === 'fixed' ? (
            field(
              'dumbbellWeights',
              `Dumbbell weights (${u}, one dumbbell of each pair)`,
              'Separated by commas, like 2, 4, 6.',
            )
          ) : (
            <>
              {field('lightest', `Lightest setting (${u})`)}
              {field('increment', `Each step adds (${u})`)}
              {field('heaviest', `Heaviest setting (${u})`)}
            </>
          )}
        </>
      ) : null}
      {has('kettlebell')
        ? field('kettlebells', `Kettlebells (${u})`, 'Separated by commas, like 8, 12, 16.')
        : null}
      {has('barbell') ? (
        <>
          {field('bar', `The bar alone (${u})`)}
          {field('smallestPlate', `Your smallest plate (${u})`, 'Plates go on in pairs.')}
          {field('barHeaviest', `The bar with every plate on (${u})`)}
        </>
      ) : null}
      {has('dumbbells') || has('barbell')
        ? field(
            'microload',
            `Smallest add-on weight, if you have one (${u})`,
            'Fractional or magnetic plates; leave empty if none.',
          )
        : null}
      {has('bands')
        ? field(
            'bandLevels',
            'Band strengths you have (1 to 10)',
            'Noted only: band exercises build up by reps and sets, so the plan sets no band level.',
          )
        : null}
    </fieldset>
  );
}

import { Link } from 'react-router';
import { planUnitsOtherThan, unitsWords } from '../../domain/progression';
import { unitLabels, units as allUnits, type Units } from '../../domain/settings';
import { useCurrentPlan } from '../../data/plan/plan-queries';
import { RadioSetting } from './radio-setting';

const options = allUnits.map((value) => ({ value, label: unitLabels[value] }));

type UnitsSettingProps = {
  units: Units;
  onChoose: (units: Units) => Promise<string | null>;
};

/**
 * Kilograms or pounds: the app's one units setting. It covers weights entered from now on; the
 * exercise plan keeps the units of the weights the person owns until they switch it on the setup
 * screen, which converts and records the change (docs/decisions/
 * 0120-units-setting-covers-new-entries.md). Stored loads stay in kg either way.
 */
export function UnitsSetting({ units, onChoose }: UnitsSettingProps) {
  const plan = useCurrentPlan();
  const planUnits = plan ? planUnitsOtherThan(plan, units) : undefined;
  return (
    <RadioSetting
      legend="Units for loads"
      name="units"
      options={options}
      value={units}
      onChoose={onChoose}
    >
      <p className="muted">
        For weights you enter from now on: a spasm’s load, a new plan. Your exercise plan keeps the
        units of the weights you own until you switch it.
      </p>
      {planUnits ? (
        <p>
          Your plan’s weights are in {unitsWords[planUnits].many}.{' '}
          <Link to="/plan/setup">Switch my plan’s weights to {unitsWords[units].many}</Link>
        </p>
      ) : null}
    </RadioSetting>
  );
}

import type { LoadConversion } from '../../../domain/progression';
import { formatLoad, loadUnitsOf } from '../../../domain/progression';
import { findLevel } from '../../../domain/exercises';
import type { Units } from '../../../domain/settings';
import { unitsWords } from '../../../domain/progression';

type UnitsNoticeProps = { conversions: readonly LoadConversion[]; units: Units };

const loadOf = (c: LoadConversion, which: 'before' | 'after') =>
  formatLoad(c[which].loadKg ?? 0, loadUnitsOf(c[which]));

/**
 * Shown before Save when the plan's weights are in other units than the person's: each load goes
 * down to the nearest weight in the new units, never up, and the screen says so first.
 */
export function UnitsNotice({ conversions, units }: UnitsNoticeProps) {
  if (conversions.length === 0) return null;
  const unitName = unitsWords[units].many;
  return (
    <section aria-labelledby="units-heading" className="card notice">
      <h2 id="units-heading">Your weights switch to {unitName}</h2>
      <p>
        Saving moves each weight down to the nearest one sold in {unitName}, never up, so no week is
        more work than before.
      </p>
      <ul className="plain-list">
        {conversions.map((c) => {
          const name = findLevel(c.before.exerciseId)?.name ?? c.before.exerciseId;
          return (
            <li key={c.before.exerciseId}>
              <strong>{name}</strong>:{' '}
              {c.kind === 'converted'
                ? `${loadOf(c, 'after')} instead of ${loadOf(c, 'before')}`
                : `stays at ${loadOf(c, 'before')}: no weight in ${unitName} is at or below it`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

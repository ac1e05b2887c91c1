import type { FieldErrors } from '../../../domain/common';
import {
  ownedEquipmentSchema,
  type EquipmentKind,
  type OwnedEquipment,
} from '../../../domain/plan';
import { ownedAfterSetup } from '../../../domain/progression';
import type { Units } from '../../../domain/settings';

/**
 * The weights owned as the setup form holds them: text as typed, so a half-typed "2, 4," or a
 * wrong value is kept (in the draft too) until it is put right. Amounts are in `units`.
 */
export type OwnedText = {
  units: Units;
  dumbbellKind: 'fixed' | 'adjustable';
  /** Fixed pairs: "2, 4, 6". */
  dumbbellWeights: string;
  lightest: string;
  increment: string;
  heaviest: string;
  kettlebells: string;
  bar: string;
  smallestPlate: string;
  barHeaviest: string;
  /** Empty: no microloads. */
  microload: string;
  bandLevels: string;
};

/** Every field of the form, in the order it shows them: errors are keyed `owned.<field>`. */
export const ownedFields = [
  'dumbbellWeights',
  'lightest',
  'increment',
  'heaviest',
  'kettlebells',
  'bar',
  'smallestPlate',
  'barHeaviest',
  'microload',
  'bandLevels',
] as const;
export type OwnedField = (typeof ownedFields)[number];

const list = (weights: readonly number[] | undefined) => (weights ?? []).join(', ');
const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form's text for what is owned, defaults filled in for the kinds ticked. */
export function ownedText(
  equipment: readonly EquipmentKind[],
  units: Units,
  owned: OwnedEquipment | undefined,
): OwnedText {
  // Every kind's defaults, so ticking one later shows sensible amounts.
  const all = ownedAfterSetup(['dumbbells', 'kettlebell', 'barbell', 'bands'], units, undefined);
  const known = ownedAfterSetup(equipment, units, owned);
  const dumbbells = known.dumbbells ?? all.dumbbells;
  const barbell = known.barbell ?? all.barbell;
  return {
    units: known.units,
    dumbbellKind: dumbbells?.kind ?? 'adjustable',
    dumbbellWeights: dumbbells?.kind === 'fixed' ? list(dumbbells.weights) : '',
    lightest: dumbbells?.kind === 'adjustable' ? text(dumbbells.lightest) : '',
    increment: dumbbells?.kind === 'adjustable' ? text(dumbbells.increment) : '',
    heaviest: dumbbells?.kind === 'adjustable' ? text(dumbbells.heaviest) : '',
    kettlebells: list(known.kettlebells ?? all.kettlebells),
    bar: text(barbell?.bar),
    smallestPlate: text(barbell?.smallestPlate),
    barHeaviest: text(barbell?.heaviest),
    microload: text(known.microload),
    bandLevels: text(known.bandLevels ?? all.bandLevels),
  };
}

type Parsed = { owned: OwnedEquipment; errors: FieldErrors };

/**
 * What is owned, from the form's text, for the kinds ticked; `errors` (keyed `owned.<field>`)
 * says what to put right, in plain words. The domain's schema checks the whole at its door.
 */
export function parseOwnedText(t: OwnedText, equipment: readonly EquipmentKind[]): Parsed {
  const errors: FieldErrors = {};
  const has = (kind: EquipmentKind) => equipment.includes(kind);
  const u = t.units;
  const num = (field: OwnedField, label: string): number => {
    const raw = t[field].trim();
    const n = Number(raw);
    if (raw === '' || !Number.isFinite(n) || n <= 0)
      errors[`owned.${field}`] =
        `${label}: enter a weight in ${u} above 0, like ${u === 'kg' ? '2.5' : '5'}`;
    return n;
  };
  const nums = (field: OwnedField, label: string): number[] => {
    const parts = t[field]
      .split(/[,;\s]+/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const values = parts.map(Number);
    if (parts.length === 0 || values.some((n) => !Number.isFinite(n) || n <= 0))
      errors[`owned.${field}`] =
        `${label}: enter each weight in ${u}, separated by commas, like ${u === 'kg' ? '2, 4, 6' : '5, 10, 15'}`;
    return [...new Set(values)].sort((a, b) => a - b);
  };
  const owned: OwnedEquipment = { units: u };
  if (has('dumbbells')) {
    owned.dumbbells =
      t.dumbbellKind === 'fixed'
        ? { kind: 'fixed', weights: nums('dumbbellWeights', 'Dumbbell weights') }
        : {
            kind: 'adjustable',
            lightest: num('lightest', 'Lightest setting'),
            increment: num('increment', 'Increment'),
            heaviest: num('heaviest', 'Heaviest setting'),
          };
  }
  if (has('kettlebell')) owned.kettlebells = nums('kettlebells', 'Kettlebells');
  if (has('barbell')) {
    owned.barbell = {
      bar: num('bar', 'The bar'),
      smallestPlate: num('smallestPlate', 'Smallest plate'),
      heaviest: num('barHeaviest', 'Heaviest load'),
    };
  }
  if ((has('dumbbells') || has('barbell')) && t.microload.trim() !== '')
    owned.microload = num('microload', 'Microload');
  if (has('bands')) {
    const n = Number(t.bandLevels.trim());
    if (!Number.isInteger(n) || n < 1 || n > 10)
      errors['owned.bandLevels'] = 'Band levels: a whole number from 1 to 10';
    else owned.bandLevels = n;
  }
  if (Object.keys(errors).length > 0) return { owned, errors };
  // The schema's own checks (heaviest at least the lightest, at most 40 weights, ...).
  const checked = ownedEquipmentSchema.safeParse(owned);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      errors[fieldFor(issue.path.map(String))] = issue.message;
    }
  }
  return { owned, errors };
}

/** The form field a schema message belongs to. */
function fieldFor(path: readonly string[]): string {
  const [part, leaf] = path;
  if (part === 'dumbbells')
    return leaf === undefined || /^\d+$/.test(leaf) || leaf === 'weights'
      ? 'owned.dumbbellWeights'
      : `owned.${leaf}`;
  if (part === 'kettlebells') return 'owned.kettlebells';
  if (part === 'barbell')
    return leaf === 'heaviest' ? 'owned.barHeaviest' : `owned.${leaf ?? 'bar'}`;
  if (part === 'microload') return 'owned.microload';
  return 'owned.bandLevels';
}

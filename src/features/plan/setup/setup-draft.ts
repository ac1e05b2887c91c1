import { mainLadders } from '../../../domain/exercises';
import { equipmentKinds, type EquipmentKind } from '../../../domain/plan';
import type { SetupChoices } from './setup-choices';
import { ownedFields, type OwnedText } from './setup-owned';
import { tabDraft } from '../../../ui/form-kit/tab-draft';
import { adoptOldDraft } from '../old-drafts';

/** Where the previous version kept the unsaved "Set up your plan" answers (localStorage). */
export const OLD_SETUP_DRAFT_KEY = 'steadyback-plan-setup-draft';

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * The stored answers if they still make sense, else null: storage is a boundary, so a draft from
 * an older version or edited by hand is dropped rather than trusted (Save checks the plan again).
 */
export function parseSetupDraft(value: unknown): SetupChoices | null {
  if (typeof value !== 'object' || value === null) return null;
  const { daysPerWeek, trainingDays, equipment, start, accessories, owned } = value as Record<
    string,
    unknown
  >;
  if (!isWholeIn(daysPerWeek, 2, 4)) return null;
  if (!Array.isArray(trainingDays) || !trainingDays.every((d) => isWholeIn(d, 0, 6))) return null;
  const kinds: readonly string[] = equipmentKinds;
  if (!Array.isArray(equipment) || !equipment.every((e) => kinds.includes(e as string)))
    return null;
  if (typeof start !== 'object' || start === null) return null;
  const chosen: SetupChoices['start'] = {};
  for (const ladder of mainLadders) {
    const id = (start as Record<string, unknown>)[ladder];
    if (typeof id === 'string') chosen[ladder] = id;
  }
  // Drafts from before accessories were offered have none; anything but ids is dropped.
  const ids = Array.isArray(accessories)
    ? accessories.filter((id): id is string => typeof id === 'string')
    : [];
  const typed = parseOwnedDraft(owned);
  return {
    daysPerWeek,
    trainingDays: [...new Set(trainingDays)],
    equipment: [...new Set(equipment as EquipmentKind[])],
    start: chosen,
    accessories: [...new Set(ids)],
    ...(typed && { owned: typed }),
  };
}

/** The weights owned as typed, or undefined (older drafts have none; a bad one is dropped). */
function parseOwnedDraft(value: unknown): OwnedText | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.units !== 'kg' && v.units !== 'lb') return undefined;
  if (v.dumbbellKind !== 'fixed' && v.dumbbellKind !== 'adjustable') return undefined;
  if (!ownedFields.every((field) => typeof v[field] === 'string')) return undefined;
  const text = Object.fromEntries(ownedFields.map((field) => [field, v[field] as string]));
  return { ...text, units: v.units, dumbbellKind: v.dumbbellKind } as OwnedText;
}

/**
 * This tab's answers to "Set up your plan", not yet saved (a new plan only: a change starts from
 * the stored plan). Kept in sessionStorage by the form kit, so a reload or an update loses
 * nothing, and two tabs never share or overwrite one; erasing all data empties it
 * (docs/decisions/form-kit-tab-drafts.md).
 */
export const setupDraft = tabDraft<SetupChoices>('plan-setup', parseSetupDraft);

// The previous version kept this draft in localStorage under OLD_SETUP_DRAFT_KEY, shared by every
// tab: migrated once into the first tab that opens the setup, then removed (see adoptOldDraft).
adoptOldDraft(OLD_SETUP_DRAFT_KEY, setupDraft, parseSetupDraft);

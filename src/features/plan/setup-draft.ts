import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { mainLadders } from '../../domain/exercises';
import { equipmentKinds, type EquipmentKind } from '../../domain/plan';
import type { SetupChoices } from './setup-choices';
import { ownedFields, type OwnedText } from './setup-owned';
import { onEraseAll } from '../../data/erase';

/** The localStorage key of the unsaved "Set up your plan" answers. */
export const SETUP_DRAFT_KEY = 'steadyback-plan-setup-draft';

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

type SetupDraftState = {
  /** A new plan's answers so far; null until the person changes anything. */
  draft: SetupChoices | null;
  setDraft: (draft: SetupChoices) => void;
  clearDraft: () => void;
};

/**
 * The setup answers of a plan not yet saved, in localStorage (UI state, like the spasm draft), so
 * leaving the screen or closing the app half-way loses nothing.
 */
export const useSetupDraft = create<SetupDraftState>()(
  persist(
    (set) => ({
      draft: null,
      setDraft: (draft) => {
        set({ draft });
      },
      clearDraft: () => {
        set({ draft: null });
      },
    }),
    {
      name: SETUP_DRAFT_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ draft: state.draft }),
      merge: (persisted, current) => {
        const stored: unknown =
          typeof persisted === 'object' && persisted !== null && 'draft' in persisted
            ? persisted.draft
            : undefined;
        return { ...current, draft: parseSetupDraft(stored) };
      },
    },
  ),
);

// Erase all data, in this tab or another, empties this draft too: otherwise the next change here
// would write an erased entry back.
onEraseAll(() => {
  useSetupDraft.getState().clearDraft();
});

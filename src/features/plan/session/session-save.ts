import { useRef, useState } from 'react';
import { recordSet, type NewSet } from '../../../data/plan/plan-actions';
import type { ExerciseSet } from '../../../domain/plan';
import type { Validation } from '../../../domain/common';

/**
 * Saves the set named `key` (setKey) at most once from this screen. The Done button stays busy
 * from the tap until the set is read back by the live query and the next set takes its place;
 * re-enabling it when the save resolves would leave a gap where a second tap saves the same set
 * again. A refused save frees it at once, so the person can try again.
 */
export function useSaveSet(day: string, sessionId: string | null, key: string | null) {
  const [pending, setPending] = useState<string | null>(null);
  // Two taps can land before React renders the busy button: the ref sees the first at once.
  const inFlight = useRef(false);
  const busy = key !== null && pending === key;

  /** The save's result, or null when a save of this set is already under way (nothing done). */
  async function save(set: NewSet): Promise<Validation<ExerciseSet> | null> {
    if (key === null || busy || inFlight.current) return null;
    inFlight.current = true;
    setPending(key);
    try {
      const saved = await recordSet(day, sessionId, set);
      if (!saved.ok) setPending(null);
      return saved;
    } finally {
      inFlight.current = false;
    }
  }

  return { busy, save };
}

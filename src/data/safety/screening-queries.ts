import { useLiveQuery } from 'dexie-react-hooks';
import { screeningOutcome, type RedFlagAnswers } from '../../domain/safety';
import { screeningSchema, type Screening } from '../../domain/safety';
import type { Clock, Validation } from '../../domain/common';
import { systemClock } from '../clock';
import { db } from '../db';
import { screeningRepository } from '../repositories';
import { storedRows } from '../stored-rows';

/** Every readable safety check not deleted, newest first; undefined while loading. */
export function useScreenings() {
  return useLiveQuery(async () => {
    const rows = await db.screenings.orderBy('takenAt').reverse().toArray();
    return storedRows(
      screeningSchema,
      rows.filter((row) => row.deletedAt === undefined),
    );
  });
}

/** What else a check records: signs asked as "new or changed since checked?", and "not sure". */
export type ScreeningContext = { askedSinceChecked?: string[]; notSure?: string[] };

/** Stores a completed check with the outcome its answers give (the outcome is never typed in). */
export function saveScreening(
  answers: RedFlagAnswers,
  context: ScreeningContext = {},
  clock: Clock = systemClock(),
): Promise<Validation<Screening>> {
  const stored: Record<string, boolean> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (typeof answer === 'boolean') stored[id] = answer;
  }
  const asked = context.askedSinceChecked ?? [];
  return screeningRepository.add(
    {
      takenAt: clock.now,
      answers: stored,
      outcome: screeningOutcome(answers, new Set(asked)).outcome,
      ...(asked.length > 0 ? { askedSinceChecked: asked } : {}),
      ...(context.notSure && context.notSure.length > 0 ? { notSure: context.notSure } : {}),
    },
    clock,
  );
}

/** Records that the person saw a doctor today about check `id`. */
export function markDoctorSeen(id: string, clock: Clock = systemClock()) {
  return screeningRepository.update(id, { seenDoctorOn: clock.today }, clock);
}

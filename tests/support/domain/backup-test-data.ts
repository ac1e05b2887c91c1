// Arbitrary backup contents for property tests: every table, records built by the test builders
// with random ids, edit times, soft deletes and a few varied fields.
import fc from 'fast-check';
import type { BackupData } from '../../../src/domain/backup/backup-tables';
import {
  buildActivity,
  buildBelief,
  buildCheckin,
  buildEpisode,
  buildExerciseSet,
  buildExperiment,
  buildMedication,
  buildOutcome,
  buildPlan,
  buildScreening,
  buildSession,
  buildSettings,
} from './test-builders';
import type { PlanChange } from '../../../src/domain/plan/plan-change';

/** A weekly review that held one exercise, as stored in the plan-change history. */
function buildPlanChange(
  meta: Pick<PlanChange, 'id' | 'createdAt' | 'updatedAt' | 'day'>,
): PlanChange {
  return {
    ...meta,
    kind: 'weekly-review',
    weekOf: meta.day,
    status: 'inconsistent',
    sessionsDone: 2,
    sessionsPlanned: 3,
    goodWeeksInARow: 0,
    phaseBefore: 2,
    phaseAfter: 2,
    flareModeBefore: false,
    flareModeAfter: false,
    headline: 'Held this week',
    phaseMessage: 'Step 2: finding a tolerable baseline.',
    exercises: [
      {
        exerciseId: 'glute-bridge',
        exerciseIdAfter: 'glute-bridge',
        action: 'hold',
        reason: 'inconsistent',
        atTop: false,
        before: '2 × 10',
        after: '2 × 10',
        sentence: 'Held at 2 × 10: two of three sessions done this week.',
      },
    ],
  };
}

const instant = fc
  .integer({ min: Date.parse('2016-01-01T00:00:00Z'), max: Date.parse('2026-11-24T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());

/** Bookkeeping fields: a unique-ish id, an edit time, and sometimes a soft delete. */
const meta = fc.record({
  id: fc.uuid(),
  updatedAt: instant,
  deletedAt: fc.option(instant, { nil: undefined }),
});

type Meta = { id: string; updatedAt: string; deletedAt?: string | undefined };
const rows = <T>(build: (m: Meta) => T, unique: (m: Meta) => string = (m) => m.id) =>
  fc.uniqueArray(meta, { selector: unique, maxLength: 4 }).map((metas) => metas.map(build));
const sameDay = (m: Meta) => m.updatedAt.slice(0, 10);

const withMeta = (m: Meta) => ({
  id: m.id,
  createdAt: '2016-01-01T00:00:00.000Z',
  updatedAt: m.updatedAt,
  ...(m.deletedAt === undefined ? {} : { deletedAt: m.deletedAt }),
});

export const arbitraryBackupData: fc.Arbitrary<BackupData> = fc.record({
  episodes: fc
    .uniqueArray(fc.record({ m: meta, severity: fc.integer({ min: 0, max: 10 }), at: instant }), {
      selector: (r) => r.m.id,
      maxLength: 6,
    })
    .map((list) =>
      list.map(({ m, severity, at }) =>
        buildEpisode({ ...withMeta(m), severity, startedAt: at, endedAt: undefined }),
      ),
    ),
  activities: rows((m) => buildActivity(withMeta(m))),
  // One check-in per day and one rating per week, as the database's unique indexes require.
  checkins: rows((m) => buildCheckin({ ...withMeta(m), day: sameDay(m) }), sameDay),
  medications: rows((m) => buildMedication(withMeta(m))),
  plans: rows((m) => buildPlan(withMeta(m))),
  planChanges: rows((m) => buildPlanChange({ ...withMeta(m), day: sameDay(m) })),
  sessions: rows((m) => buildSession(withMeta(m))),
  exerciseSets: rows((m) => buildExerciseSet(withMeta(m))),
  screenings: rows((m) => buildScreening(withMeta(m))),
  beliefs: rows((m) => buildBelief(withMeta(m))),
  experiments: rows((m) => buildExperiment(withMeta(m))),
  outcomes: rows((m) => buildOutcome({ ...withMeta(m), weekOf: sameDay(m) }), sameDay),
  settings: fc.constant([buildSettings()]),
});

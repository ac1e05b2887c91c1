import { describe, expect, it } from 'vitest';
import { emptyBackupData, type BackupData } from '../backup';
import type { PlanChange } from '../plan';
import { buildClinicianReport, SPASM_ROWS_LIMIT } from './clinician-report';
import {
  buildBelief,
  buildCheckin,
  buildEpisode,
  buildExperiment,
  buildMeta,
  buildPlan,
  buildPlanExercise,
  buildWeeklyReview,
} from '../../../tests/support/domain/test-builders';

const dayOf = (instant: string) => instant.slice(0, 10);
const empty: BackupData = emptyBackupData();
const period = { from: '2026-10-27', to: '2026-11-25' };
const report = (tables: Partial<BackupData>, p = period) =>
  buildClinicianReport({ ...empty, ...tables }, p, '2026-11-25', dayOf);

const day = (start: string, offset: number) => {
  const date = new Date(`${start}T12:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

function review(dayOn: string, overrides: Partial<PlanChange> = {}): PlanChange {
  return buildWeeklyReview({
    ...buildMeta('change'),
    day: dayOn,
    weekOf: dayOn,
    headline: 'Steady week.',
    phaseMessage: '',
    ...overrides,
  });
}

const step = (before: string, after: string, action: 'progress' | 'hold' | 'step-back') => ({
  exerciseId: 'one-arm-row',
  exerciseIdAfter: 'one-arm-row',
  action,
  reason: 'setup-change' as const,
  atTop: false,
  before,
  after,
  sentence: '',
});

describe('the clinician report over long use', () => {
  it('keeps a trigger found over years even when the chosen period is too short to show it', () => {
    // Two years of check-ins: moving furniture on even days, a spasm on 1 in 4 of them; none in
    // the report's 30 days.
    const checkins = Array.from({ length: 730 }, (_, i) =>
      buildCheckin({
        id: `c${String(i)}`,
        day: day('2024-10-01', i),
        activityIds: i % 2 === 0 ? ['cat-moving-furniture'] : ['cat-desk-work'],
      }),
    );
    const episodes = checkins
      .filter((_, i) => i % 8 === 0)
      .map((c) =>
        buildEpisode({
          id: `e-${c.day}`,
          startedAt: `${c.day}T10:00:00.000Z`,
          endedAt: undefined,
          activityId: 'cat-moving-furniture',
        }),
      );
    const r = report({ checkins, episodes });
    expect(r.spasms.count).toBe(0);
    expect(r.triggersSince).toBe('2024-10-01');
    expect(r.triggers.find((t) => t.name === 'Moving furniture')?.verdict).toBe('Likely trigger');
    // What showed no sign is named once, without its paragraph.
    expect(r.noSign).toEqual(['Desk work']);
    expect(r.triggers.map((t) => t.name)).not.toContain('Desk work');
  });

  it('lists each spasm for a short period, and only monthly sums beyond the limit', () => {
    const many = Array.from({ length: SPASM_ROWS_LIMIT + 1 }, (_, i) =>
      buildEpisode({ id: `e${String(i)}`, startedAt: `${day('2026-10-28', i)}T08:00:00.000Z` }),
    );
    const r = report({ episodes: many });
    expect(r.spasms.count).toBe(SPASM_ROWS_LIMIT + 1);
    expect(r.spasms.rows).toEqual([]);
    expect(r.months.map((m) => [m.month, m.spasms])).toEqual([
      ['2026-10', 4],
      ['2026-11', 9],
    ]);
    expect(r.spasms.onsetActivities).toEqual([
      { name: 'Lifting a case of water or groceries', count: 13 },
    ]);
    expect(report({ episodes: many.slice(0, SPASM_ROWS_LIMIT) }).spasms.rows).toHaveLength(
      SPASM_ROWS_LIMIT,
    );
  });

  it('averages daily check-in pain by month, months with none left empty', () => {
    const r = report(
      {
        checkins: [
          buildCheckin({ id: 'a', day: '2026-09-30', backPain: 9 }),
          buildCheckin({ id: 'b', day: '2026-11-01', backPain: 2 }),
          buildCheckin({ id: 'c', day: '2026-11-02', backPain: 5 }),
        ],
      },
      { from: '2026-09-01', to: '2026-11-25' },
    );
    expect(r.months.map((m) => [m.month, m.checkinDays, m.meanPain])).toEqual([
      ['2026-09', 1, 9],
      ['2026-10', 0, null],
      ['2026-11', 2, 3.5],
    ]);
  });

  it('shows the plan now, each exercise in its own units, and flare mode with its start', () => {
    const plan = buildPlan({
      flareMode: true,
      flareSince: '2026-11-20',
      exercises: [
        buildPlanExercise({
          exerciseId: 'one-arm-row',
          ladder: 'row',
          loadKg: 4.5359237,
          loadUnits: 'lb',
        }),
      ],
    });
    const r = report({ plans: [plan] });
    expect(r.plan).toEqual({
      phase: 2,
      daysPerWeek: 3,
      flareSince: '2026-11-20',
      exercises: [{ ladder: 'Row', name: 'Supported one-arm row', prescription: '2 × 8 at 10 lb' }],
    });
    expect(report({}).plan).toBeNull();
  });

  it('sums the period’s reviews into one path per exercise and finds the flare periods', () => {
    const changes = [
      review('2026-09-07', {
        flareModeAfter: true,
        exercises: [step('3 × 8', '2 × 8', 'step-back')],
      }),
      review('2026-10-05', {
        flareModeBefore: true,
        exercises: [step('2 × 8', '2 × 9', 'progress')],
      }),
      review('2026-11-02', { exercises: [step('2 × 9', '2 × 10', 'progress')] }),
      review('2026-11-09', { exercises: [step('2 × 10', '2 × 10', 'hold')], sessionsDone: 1 }),
      review('2026-11-16', {
        flareModeAfter: true,
        exercises: [step('2 × 10', '2 × 8', 'step-back')],
      }),
      { ...review('2026-11-10'), kind: 'setup-change' as const, headline: 'Moved to 4 days' },
    ];
    const r = report({ planChanges: changes });
    expect(r.planHistory).toEqual({
      reviews: 3,
      sessionsDone: 7,
      sessionsPlanned: 9,
      paths: [
        { name: 'Supported one-arm row', from: '2 × 9', to: '2 × 8', stepsUp: 1, stepsBack: 1 },
      ],
      setupChanges: [{ day: '2026-11-10', headline: 'Moved to 4 days' }],
      flares: [{ from: '2026-11-16' }],
    });
    const longer = report({ planChanges: changes }, { from: '2026-09-01', to: '2026-11-25' });
    expect(longer.planHistory.flares).toEqual([
      { from: '2026-09-07', to: '2026-10-05' },
      { from: '2026-11-16' },
    ]);
  });

  it('follows an exercise onto its next rung as one path', () => {
    const changes = [
      review('2026-11-02', {
        exercises: [
          {
            ...step('3 × 12 at 4 kg', '3 × 8 at 6 kg', 'progress'),
            exerciseIdAfter: 'chest-supported-row',
          },
        ],
      }),
      review('2026-11-09', {
        exercises: [
          {
            ...step('3 × 8 at 6 kg', '3 × 9 at 6 kg', 'progress'),
            exerciseId: 'chest-supported-row',
            exerciseIdAfter: 'chest-supported-row',
          },
        ],
      }),
    ];
    const [path] = report({ planChanges: changes }).planHistory.paths;
    expect(path).toMatchObject({ from: '3 × 12 at 4 kg', to: '3 × 9 at 6 kg', stepsUp: 2 });
    expect(path?.name).toMatch(/^Supported one-arm row, now .*row/i);
  });

  it('reports beliefs then and now and the experiments with their results', () => {
    const r = report({
      beliefs: [
        buildBelief({ createdAt: '2026-11-01T10:00:00.000Z' }),
        buildBelief({ id: 'old', createdAt: '2025-01-01T10:00:00.000Z', reRatings: [] }),
      ],
      experiments: [
        buildExperiment({ plannedFor: '2026-11-03', actualPain: 3, doneOn: '2026-11-03' }),
        buildExperiment({ id: 'x2', plannedFor: '2026-11-20' }),
        buildExperiment({
          id: 'x3',
          plannedFor: '2026-01-20',
          actualPain: 9,
          doneOn: '2026-01-20',
        }),
      ],
    });
    expect(r.guide.beliefs).toEqual([
      {
        belief: 'Bending will damage my back',
        writtenOn: '2026-11-01',
        strengthAtFirst: 80,
        strengthNow: 60,
      },
    ]);
    expect(r.guide.experiments.map((e) => [e.plannedFor, e.actualPain])).toEqual([
      ['2026-11-03', 3],
      ['2026-11-20', undefined],
    ]);
    expect(r.guide.tally).toEqual({ done: 1, lower: 1, same: 0, higher: 0 });
  });
});

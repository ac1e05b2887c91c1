import { describe, expect, it } from 'vitest';
import type { ExerciseSet } from '../plan';
import { lastTimeBefore, setVolume, summarizeExerciseDay, weeklyVolumes } from './exercise-history';

const set = (over: Partial<ExerciseSet>): ExerciseSet => ({
  id: crypto.randomUUID(),
  createdAt: '2026-11-02T08:00:00.000Z',
  updatedAt: '2026-11-02T08:00:00.000Z',
  sessionId: 's',
  exerciseId: 'bent-over-row',
  setNumber: 1,
  reps: 10,
  effort: 'moderate',
  painDuring: 1,
  ...over,
});

describe('one exercise history', () => {
  it('sums a day: reps per set, top load, highest pain, hardest effort', () => {
    const summary = summarizeExerciseDay({
      day: '2026-11-02',
      sets: [
        set({ reps: 12, loadKg: 8, painDuring: 2, effort: 'easy' }),
        set({ reps: 10, loadKg: 10, painDuring: 4, effort: 'hard' }),
        set({ reps: 9, loadKg: 10, painDuring: 3, effort: 'moderate' }),
      ],
    });
    expect(summary).toEqual({
      day: '2026-11-02',
      sets: 3,
      reps: [12, 10, 9],
      topLoadKg: 10,
      longestHoldSeconds: undefined,
      highestPain: 4,
      hardestEffort: 'hard',
    });
  });

  it('counts volume as reps x load, reps x seconds for holds, reps alone for bodyweight', () => {
    expect(setVolume({ reps: 10, loadKg: 8 })).toBe(80);
    expect(setVolume({ reps: 2, holdSeconds: 15 })).toBe(30);
    expect(setVolume({ reps: 12 })).toBe(12);
  });

  it('gives a week per week up to today, gaps as 0, oldest first', () => {
    const weeks = weeklyVolumes(
      [
        { day: '2026-11-02', sets: [set({ reps: 10, loadKg: 8 })] },
        { day: '2026-11-04', sets: [set({ reps: 10, loadKg: 8 })] },
        { day: '2026-11-18', sets: [set({ reps: 5, loadKg: 10 })] },
      ],
      '2026-11-25',
      1,
    );
    expect(weeks).toEqual([
      { weekOf: '2026-11-02', volume: 160, sessions: 2 },
      { weekOf: '2026-11-09', volume: 0, sessions: 0 },
      { weekOf: '2026-11-16', volume: 50, sessions: 1 },
      { weekOf: '2026-11-23', volume: 0, sessions: 0 },
    ]);
    expect(weeklyVolumes([], '2026-11-25', 1)).toEqual([]);
  });

  it('finds last time: the latest earlier day with a set, never today', () => {
    const days = [
      { day: '2026-11-02', sets: [set({})] },
      { day: '2026-11-20', sets: [set({ reps: 11 })] },
      { day: '2026-11-25', sets: [set({ reps: 12 })] },
      { day: '2026-11-21', sets: [] },
    ];
    expect(lastTimeBefore(days, '2026-11-25')?.day).toBe('2026-11-20');
    expect(lastTimeBefore(days, '2026-11-02')).toBeUndefined();
  });
});

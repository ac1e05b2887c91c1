import { describe, expect, it } from 'vitest';
import { findLevel } from './exercise-library';
import { adjustRest, restFor, restKindOf } from './rest';

const level = (id: string) => {
  const found = findLevel(id);
  if (!found) throw new Error(id);
  return found;
};

describe('rest by exercise type (docs/domain.md §5b rule 11)', () => {
  it('gives endurance sets 30-60 s, strength sets 90-120 s and the deadlift 2-3 minutes', () => {
    expect(restFor(level('bent-over-row'))).toEqual({
      kind: 'endurance',
      seconds: 45,
      min: 30,
      max: 60,
    });
    expect(restFor(level('romanian-deadlift'))).toMatchObject({
      kind: 'strength',
      min: 90,
      max: 120,
    });
    expect(restFor(level('deadlift'))).toMatchObject({
      kind: 'heavy-strength',
      min: 120,
      max: 180,
    });
    expect(restFor(level('kettlebell-deadlift')).kind).toBe('heavy-strength');
  });

  it('rests one to two times the hold after a hold', () => {
    expect(restKindOf(level('superman-hold'))).toBe('hold');
    expect(restFor(level('superman-hold'), 20)).toEqual({
      kind: 'hold',
      seconds: 30,
      min: 20,
      max: 40,
    });
    expect(restFor(level('prone-lying'), 45)).toEqual({
      kind: 'hold',
      seconds: 68,
      min: 45,
      max: 90,
    });
  });

  it('adjusts within the range: 15 s a tap, 5 s around a hold', () => {
    const rest = restFor(level('bent-over-row'));
    expect(adjustRest(rest, 1).seconds).toBe(60);
    expect(adjustRest(rest, 5).seconds).toBe(60);
    expect(adjustRest(rest, -1).seconds).toBe(30);
    expect(adjustRest(rest, -9).seconds).toBe(30);
    expect(adjustRest(restFor(level('superman-hold'), 20), 1).seconds).toBe(35);
  });
});

import { describe, expect, it } from 'vitest';
import { exerciseForms, exerciseFormOf } from './exercise-form';
import { exerciseLibrary } from './exercise-library';

describe('exercise form', () => {
  it('describes the start, the end and the commonest mistake of every exercise in the library', () => {
    for (const level of exerciseLibrary) {
      const form = exerciseFormOf(level.id);
      expect(form, level.id).toBeDefined();
      expect(form?.start.description.length, level.id).toBeGreaterThan(20);
      expect(form?.end.description.length, level.id).toBeGreaterThan(20);
      expect(form?.start.description).not.toBe(form?.end.description);
      expect(form?.mistake.length, level.id).toBeGreaterThan(20);
    }
  });

  it('knows no exercise the library does not have', () => {
    const ids = new Set(exerciseLibrary.map((l) => l.id));
    expect(Object.keys(exerciseForms).filter((id) => !ids.has(id))).toEqual([]);
    expect(exerciseFormOf('no-such-exercise')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { activityCatalogue, checkActivity, findCatalogueActivity } from './activity';
import { buildActivity, errorsOf, testClock } from '../../../tests/support/domain/test-builders';

describe('checkActivity', () => {
  it('accepts a named activity and trims the name', () => {
    const result = checkActivity(buildActivity({ name: '  Shovelling snow ' }), testClock);
    expect(result.ok && result.value.name).toBe('Shovelling snow');
  });

  it('rejects a blank or whitespace-only name', () => {
    for (const name of ['', '    ']) {
      expect(errorsOf(checkActivity(buildActivity({ name }), testClock))).toEqual({
        name: 'Enter a name',
      });
    }
  });

  it('rejects a name over 60 characters', () => {
    expect(errorsOf(checkActivity(buildActivity({ name: 'a'.repeat(61) }), testClock))).toEqual({
      name: 'Name can be at most 60 characters',
    });
  });

  it('rejects a missing id and a malformed timestamp', () => {
    const input = { ...buildActivity(), id: '', createdAt: '25/11/2026' };
    expect(errorsOf(checkActivity(input, testClock))).toEqual({
      id: 'The id is missing',
      createdAt: 'Created time must be a valid date and time',
    });
  });
});

describe('activityCatalogue', () => {
  it('has unique cat- ids and non-empty names', () => {
    const ids = activityCatalogue.map((activity) => activity.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    for (const activity of activityCatalogue) {
      expect(activity.id).toMatch(/^cat-[a-z-]+$/);
      expect(activity.name.trim()).not.toBe('');
    }
  });

  it('finds entries by id', () => {
    expect(findCatalogueActivity('cat-gardening')?.name).toBe('Gardening');
    expect(findCatalogueActivity('gardening')).toBeUndefined();
  });
});

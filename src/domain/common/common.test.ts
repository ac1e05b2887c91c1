import { describe, expect, it } from 'vitest';
import {
  daySchema,
  formatCount,
  idSchema,
  instantSchema,
  loadKgSchema,
  painScoreSchema,
  requiredTextSchema,
  textSchema,
} from './common';
import { validate } from './validation';

const errorFor = (result: ReturnType<typeof validate>) =>
  result.ok ? undefined : result.errors._form;

describe('common schemas', () => {
  it('accepts ids up to 64 characters and rejects empty or longer ones', () => {
    expect(validate(idSchema, 'a'.repeat(64)).ok).toBe(true);
    expect(errorFor(validate(idSchema, ''))).toBe('The id is missing');
    expect(errorFor(validate(idSchema, 'a'.repeat(65)))).toBe(
      'The id can be at most 64 characters',
    );
  });

  it('accepts UTC instants only', () => {
    expect(validate(instantSchema, '2026-11-25T08:30:00.000Z').ok).toBe(true);
    expect(validate(instantSchema, '2026-11-25T08:30:00Z').ok).toBe(true);
    expect(errorFor(validate(instantSchema, '2026-11-25T08:30:00+01:00'))).toBe(
      'The time must be a valid date and time',
    );
    expect(validate(instantSchema, '2026-11-25').ok).toBe(false);
  });

  it('accepts real calendar days only', () => {
    expect(validate(daySchema, '2028-02-29').ok).toBe(true);
    expect(errorFor(validate(daySchema, '2026-02-30'))).toBe('The date must be a valid date');
    expect(validate(daySchema, '2026-11-25T00:00:00Z').ok).toBe(false);
  });

  it('names the label in pain score messages', () => {
    const schema = painScoreSchema('Back pain');
    expect(validate(schema, 0).ok).toBe(true);
    expect(validate(schema, 10).ok).toBe(true);
    for (const bad of [-1, 11, 2.5, '5', null, Number.NaN]) {
      expect(errorFor(validate(schema, bad))).toBe('Back pain must be a whole number from 0 to 10');
    }
  });

  it('trims optional text and bounds its length', () => {
    const schema = textSchema('Notes', 1000);
    expect(validate(schema, '  ok  ')).toEqual({ ok: true, value: 'ok' });
    expect(validate(schema, '').ok).toBe(true);
    expect(validate(schema, ` ${'a'.repeat(1000)} `).ok).toBe(true);
    expect(errorFor(validate(schema, 'a'.repeat(1001)))).toBe(
      'Notes can be at most 1,000 characters',
    );
    expect(errorFor(validate(schema, 4))).toBe('Notes must be text');
  });

  it('rejects blank required text with "Enter <label>"', () => {
    const schema = requiredTextSchema('a name', 60);
    expect(validate(schema, ' Gardening ')).toEqual({ ok: true, value: 'Gardening' });
    expect(errorFor(validate(schema, ''))).toBe('Enter a name');
    expect(errorFor(validate(schema, '   \n '))).toBe('Enter a name');
    expect(errorFor(validate(schema, undefined))).toBe('Enter a name');
    expect(errorFor(validate(schema, 'a'.repeat(61)))).toBe('Name can be at most 60 characters');
  });

  it('bounds loads between 0 and 500 kg', () => {
    expect(validate(loadKgSchema, 0).ok).toBe(true);
    expect(validate(loadKgSchema, 500).ok).toBe(true);
    expect(validate(loadKgSchema, 2.5).ok).toBe(true);
    expect(errorFor(validate(loadKgSchema, -0.5))).toBe("Load can't be negative");
    expect(errorFor(validate(loadKgSchema, 501))).toBe('Load must be 500 kg or less');
    expect(errorFor(validate(loadKgSchema, Number.POSITIVE_INFINITY))).toBe(
      'Load must be a number of kilograms',
    );
  });

  it('formats counts with thousands separators', () => {
    expect(formatCount(60)).toBe('60');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

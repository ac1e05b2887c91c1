import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { mergeErrors, pathKey, toFieldErrors, validate } from './validation';

const schema = z.object(
  {
    name: z.string({ error: 'Enter a name' }),
    items: z.array(z.object({ sets: z.int({ error: 'Sets must be a whole number' }) })),
  },
  { error: 'Not a record' },
);

describe('validate', () => {
  it('returns the parsed value when the input is valid', () => {
    const result = validate(schema, { name: 'Row', items: [{ sets: 2 }] });
    expect(result).toEqual({ ok: true, value: { name: 'Row', items: [{ sets: 2 }] } });
    if (result.ok) {
      // The value is typed from the schema.
      const sets: number | undefined = result.value.items[0]?.sets;
      expect(sets).toBe(2);
    }
  });

  it('keys errors by dotted path, including array indexes', () => {
    expect(validate(schema, { name: 3, items: [{ sets: 1 }, { sets: 'x' }] })).toEqual({
      ok: false,
      errors: { name: 'Enter a name', 'items.1.sets': 'Sets must be a whole number' },
    });
  });

  it('puts whole-record errors under _form', () => {
    expect(validate(schema, 'not an object')).toEqual({
      ok: false,
      errors: { _form: 'Not a record' },
    });
  });
});

describe('error helpers', () => {
  it('keeps only the first message per path', () => {
    expect(
      toFieldErrors([
        { path: ['a'], message: 'first' },
        { path: ['a'], message: 'second' },
        { path: [], message: 'form' },
      ]),
    ).toEqual({ a: 'first', _form: 'form' });
  });

  it('builds keys from paths', () => {
    expect(pathKey(undefined)).toBe('_form');
    expect(pathKey(['exercises', 0, 'sets'])).toBe('exercises.0.sets');
  });

  it('never replaces an existing message when merging', () => {
    expect(mergeErrors({ a: 'schema' }, { a: 'time', b: 'time' })).toEqual({
      a: 'schema',
      b: 'time',
    });
  });
});

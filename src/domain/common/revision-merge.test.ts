import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFields, revisionOf, sameValue } from './revision-merge';

type Rec = {
  id: string;
  revision: number;
  severity: number;
  notes?: string | undefined;
  easedBy: string[];
};
const base: Rec = { id: 'e1', revision: 3, severity: 6, notes: 'lifting', easedBy: ['heat'] };

describe('mergeFields', () => {
  it('keeps changes made on both sides when they touch different fields', () => {
    const mine = { ...base, severity: 4 };
    const theirs = { ...base, notes: 'lifting a box', easedBy: ['heat', 'rest'], revision: 4 };
    expect(mergeFields(base, mine, theirs)).toEqual({
      ok: true,
      value: { severity: 4, notes: 'lifting a box', easedBy: ['heat', 'rest'] },
    });
  });

  it('refuses to combine, naming the fields, when both sides changed the same one differently', () => {
    const mine = { ...base, severity: 4, notes: 'mine' };
    const theirs = { ...base, severity: 7, notes: 'theirs' };
    expect(mergeFields(base, mine, theirs)).toEqual({
      ok: false,
      conflicts: ['notes', 'severity'],
    });
  });

  it('accepts the same change made on both sides, and a field removed on one side', () => {
    const mine: Rec = { ...base, severity: 2, notes: undefined };
    const theirs = { ...base, severity: 2 };
    expect(mergeFields(base, mine, theirs)).toEqual({
      ok: true,
      value: { severity: 2, easedBy: ['heat'] },
    });
  });

  it('leaves the bookkeeping fields out', () => {
    const merged = mergeFields(base, { ...base, revision: 9 }, { ...base, id: 'other' });
    expect(merged).toEqual({
      ok: true,
      value: { severity: 6, notes: 'lifting', easedBy: ['heat'] },
    });
  });
});

describe('mergeFields, properties', () => {
  const record = fc.record({
    severity: fc.integer({ min: 0, max: 10 }),
    notes: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
    easedBy: fc.array(fc.constantFrom('heat', 'rest', 'walk'), { maxLength: 3 }),
  });

  it('gives the other side back when one side changed nothing', () => {
    fc.assert(
      fc.property(record, record, (start, other) => {
        const fromTheirs = mergeFields(start, start, other);
        const fromMine = mergeFields(start, other, start);
        expect(fromTheirs.ok && sameValue(fromTheirs.value, other)).toBe(true);
        expect(fromMine.ok && sameValue(fromMine.value, other)).toBe(true);
      }),
    );
  });

  it('is symmetric, and every field of the result comes from one side', () => {
    fc.assert(
      fc.property(record, record, record, (start, mine, theirs) => {
        const one = mergeFields(start, mine, theirs);
        const two = mergeFields(start, theirs, mine);
        expect(one.ok).toBe(two.ok);
        if (!one.ok || !two.ok) return;
        expect(sameValue(one.value, two.value)).toBe(true);
        for (const [key, value] of Object.entries(one.value)) {
          const fromMine = sameValue(value, mine[key as keyof typeof mine]);
          const fromTheirs = sameValue(value, theirs[key as keyof typeof theirs]);
          expect(fromMine || fromTheirs).toBe(true);
        }
      }),
    );
  });
});

describe('revisionOf', () => {
  it('counts a record stored before revisions, or none at all, as revision 0', () => {
    expect(revisionOf({ revision: 5 })).toBe(5);
    expect(revisionOf({})).toBe(0);
    expect(revisionOf(null)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crampDrugClass, crampDrugClasses, matchDrug } from './cramp-drugs';

const classOf = (name: string) => matchDrug(name)?.drugClass.id ?? null;

describe('the cramp drug table', () => {
  it('has unique ids, a source for every class, and statins first', () => {
    const ids = crampDrugClasses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('statin');
    for (const drugClass of crampDrugClasses) {
      expect(drugClass.source).not.toBe('');
      expect(drugClass.evidence).not.toMatch(/\bstop (taking|it)\b/i);
    }
  });

  it('carries the Garrison 2012 ratios', () => {
    const ratios = Object.fromEntries(crampDrugClasses.map((c) => [c.id, c.ratio]));
    expect(ratios).toMatchObject({
      'long-acting-beta-agonist': 2.42,
      'potassium-sparing-diuretic': 2.12,
      'thiazide-diuretic': 1.48,
      'loop-diuretic': 1.2,
      statin: 1.16,
    });
  });

  it('finds a class by its stored id', () => {
    expect(crampDrugClass('loop-diuretic')?.label).toMatch(/Loop diuretic/);
    expect(crampDrugClass(undefined)).toBeUndefined();
    expect(crampDrugClass('retired')).toBeUndefined();
  });
});

describe('matchDrug', () => {
  // Issue 20: proton pump inhibitors (low magnesium with long-term use) and fibrates other than
  // clofibrate were missing.
  it.each([
    ['Omeprazole 20 mg', 'proton-pump-inhibitor'],
    ['lansoprazole', 'proton-pump-inhibitor'],
    ['Nexium', 'proton-pump-inhibitor'],
    ['fenofibrate 145mg', 'fibrate'],
    ['Gemfibrozil', 'fibrate'],
    ['clofibrate', 'clofibrate'],
  ])('finds %s as %s', (name, id) => {
    expect(classOf(name)).toBe(id);
  });

  it.each([
    ['atorvastatin', 'statin'],
    ['simvastatin', 'statin'],
    ['rosuvastatin', 'statin'],
    ['hydrochlorothiazide', 'thiazide-diuretic'],
    ['furosemide', 'loop-diuretic'],
    ['spironolactone', 'potassium-sparing-diuretic'],
    ['salmeterol', 'long-acting-beta-agonist'],
    ['losartan', 'angiotensin-receptor-blocker'],
    ['donepezil', 'donepezil'],
    ['teriparatide', 'teriparatide'],
    ['salbutamol', 'bronchodilator'],
    ['diazepam', 'sedative'],
  ])('matches the generic name %s', (name, id) => {
    expect(classOf(name)).toBe(id);
  });

  it('ignores case, doses, punctuation and extra words', () => {
    expect(classOf('Atorvastatin 20mg')).toBe('statin');
    expect(classOf('ATORVASTATIN')).toBe('statin');
    expect(classOf('Simvastatin 40 mg tablets, at night')).toBe('statin');
    expect(classOf('Furosemide40mg')).toBe('loop-diuretic');
    expect(classOf('Frusémide')).toBe('loop-diuretic');
  });

  it('matches class words and common brands', () => {
    expect(classOf('my statin')).toBe('statin');
    expect(classOf('LIPITOR')).toBe('statin');
    expect(classOf('Seretide 250 inhaler')).toBe('long-acting-beta-agonist');
    expect(classOf('Water tablet')).toBe('diuretic');
    expect(classOf('Loop diuretic')).toBe('loop-diuretic');
    expect(classOf('beta-blocker')).toBe('beta-blocker');
    expect(classOf('Beta blockers')).toBe('beta-blocker');
  });

  it('takes the first class in table order for combination products', () => {
    expect(classOf('Losartan/hydrochlorothiazide 50/12.5')).toBe('thiazide-diuretic');
  });

  it('does not match names that only contain a listed word', () => {
    expect(classOf('Nystatin drops')).toBeNull();
    expect(classOf('Paracetamol')).toBeNull();
    expect(classOf('Senna stimulant laxative')).toBeNull();
    expect(classOf('')).toBeNull();
  });

  it('matches every listed name however it is capitalised or padded', () => {
    const names = crampDrugClasses.flatMap((c) => c.names.split('|').map((n) => [n, c] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('', '10 mg', '(morning)'),
        fc.boolean(),
        ([name], suffix, upper) => {
          const typed = `${upper ? name.toUpperCase() : name} ${suffix}`;
          expect(matchDrug(typed)).not.toBeNull();
        },
      ),
    );
  });
});

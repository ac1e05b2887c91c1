import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crampDrugClass } from './cramp-drugs';
import { addDays } from '../episodes';
import { latestChange, medicationEffect, type MedicationChange } from './medication-effect';
import { effectNote } from './medication-effect-text';
import { buildEpisode, buildMedication } from '../../../tests/support/domain/test-builders';

const today = '2026-11-25';
const dayOf = (instant: string) => instant.slice(0, 10);
const on = (...days: string[]) =>
  days.map((day) => buildEpisode({ startedAt: `${day}T08:00:00.000Z` }));
const started = (day: string): MedicationChange => ({ on: day, kind: 'started' });
const statin = crampDrugClass('statin')!;

describe('latestChange', () => {
  it('takes the latest start or dose change that is not in the future', () => {
    const medication = buildMedication({ startedOn: '2026-10-01', doseChanges: [] });
    expect(latestChange(medication, 'starting', today)).toEqual(started('2026-10-01'));
    const changed = { ...medication, doseChanges: [{ on: '2026-11-01', dose: '20 mg' }] };
    expect(latestChange(changed, 'starting', today)).toEqual({
      on: '2026-11-01',
      kind: 'dose-changed',
    });
    expect(latestChange(changed, 'starting', '2026-10-15')).toEqual(started('2026-10-01'));
  });

  it('watches stopping, not starting, for withdrawal classes', () => {
    const medication = buildMedication({ startedOn: '2026-01-01', doseChanges: [] });
    expect(latestChange(medication, 'stopping', today)).toBeNull();
    expect(latestChange({ ...medication, stoppedOn: '2026-11-01' }, 'stopping', today)).toEqual({
      on: '2026-11-01',
      kind: 'stopped',
    });
  });
});

describe('medicationEffect', () => {
  it('counts spasms in the 4 weeks before and the days since, as rates per week', () => {
    // Started 21 days ago: 22 days after (the start day counts as after), 28 before.
    const start = addDays(today, -21);
    const episodes = on(addDays(start, -29), addDays(start, -3), start, addDays(today, -2), today);
    const effect = medicationEffect(started(start), episodes, today, dayOf);
    expect(effect.before).toMatchObject({
      from: addDays(start, -28),
      days: 28,
      spasms: 1,
      perWeek: 0.25,
    });
    expect(effect.after).toMatchObject({ from: start, days: 22, spasms: 3 });
    expect(effect.after.perWeek).toBeCloseTo(21 / 22);
    expect(effect.verdict).toBe('more');
  });

  it('is too early to tell before 14 days, with no log before, or with fewer than 3 spasms', () => {
    const early = medicationEffect(
      started(addDays(today, -12)),
      on(addDays(today, -40), today),
      today,
      dayOf,
    );
    expect(early.verdict).toBe('too-little-time');
    const fresh = medicationEffect(
      started(addDays(today, -20)),
      on(today, today, today),
      today,
      dayOf,
    );
    expect(fresh.verdict).toBe('no-log-before');
    const few = medicationEffect(
      started(addDays(today, -20)),
      on(addDays(today, -25), today),
      today,
      dayOf,
    );
    expect(few.verdict).toBe('too-few-spasms');
  });

  it('says fewer or about the same when the counts show it', () => {
    const start = addDays(today, -28);
    const before = Array.from({ length: 6 }, (_, i) => addDays(start, -1 - i * 4));
    const fewer = medicationEffect(started(start), on(...before, today), today, dayOf);
    expect(fewer.verdict).toBe('fewer');
    const same = medicationEffect(
      started(start),
      on(...before, ...before.map((d) => addDays(d, 28))),
      today,
      dayOf,
    );
    expect(same.verdict).toBe('about-the-same');
  });

  it('leaves deleted spasms out and uses at most 4 weeks after', () => {
    const start = addDays(today, -60);
    const deleted = buildEpisode({
      startedAt: `${start}T09:00:00.000Z`,
      deletedAt: `${today}T09:00:00.000Z`,
    });
    const effect = medicationEffect(
      started(start),
      [deleted, ...on(addDays(start, 40))],
      today,
      dayOf,
    );
    expect(effect.after).toMatchObject({ days: 28, spasms: 0 });
  });

  it('keeps counts within the windows for any log', () => {
    const dayArb = fc.integer({ min: -90, max: 0 }).map((n) => addDays(today, n));
    fc.assert(
      fc.property(
        fc.array(dayArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 80 }),
        (days, ago) => {
          const effect = medicationEffect(started(addDays(today, -ago)), on(...days), today, dayOf);
          expect(effect.after.days).toBe(Math.min(28, ago + 1));
          expect(effect.before.spasms + effect.after.spasms).toBeLessThanOrEqual(days.length);
          if (!effect.verdict.startsWith('too-') && effect.verdict !== 'no-log-before') {
            expect(effect.after.days).toBeGreaterThanOrEqual(14);
            expect(effect.before.spasms + effect.after.spasms).toBeGreaterThanOrEqual(3);
          }
        },
      ),
    );
  });
});

describe('effectNote', () => {
  it('gives the counts, the statin onset window and the prescriber advice, never stopping', () => {
    const start = addDays(today, -21);
    const effect = medicationEffect(
      started(start),
      on(addDays(start, -3), start, today, today),
      today,
      dayOf,
    );
    const note = effectNote(effect, 'Atorvastatin', statin);
    expect(note.counts).toBe(
      'In the 22 days since you started Atorvastatin, you logged 3 spasms (1.0 a week); in the 4 weeks before, 1 spasm (0.3 a week).',
    );
    expect(note.verdict).toBe('That is more spasms than before the change.');
    expect(note.onset).toMatch(/within 4–6 weeks.*after 12 weeks/);
    expect(note.advice).toMatch(/Talk to your prescriber/);
    expect(Object.values(note).join(' ')).not.toMatch(/\bstop\b/i);
  });

  it('says too early to tell, and leaves the onset out for other classes', () => {
    const effect = medicationEffect(started(addDays(today, -5)), [], today, dayOf);
    const note = effectNote(effect, 'Furosemide', crampDrugClass('loop-diuretic')!);
    expect(note.verdict).toMatch(/^It's too early to tell/);
    expect(note.counts).toMatch(/^In the 6 days since you started Furosemide, you logged 0 spasms/);
    expect(note.onset).toBeUndefined();
  });
});

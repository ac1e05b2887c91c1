import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSettings, defaultSettings, kgToLb, lbToKg, roundLoad } from './settings';
import { buildSettings, errorsOf, testClock } from '../../../tests/support/domain/test-builders';

describe('settings', () => {
  it('makes valid defaults stamped with the given time', () => {
    const settings = defaultSettings(testClock.now);
    expect(checkSettings(settings, testClock)).toEqual({ ok: true, value: settings });
    expect(settings.createdAt).toBe(testClock.now);
    expect(settings.updatedAt).toBe(testClock.now);
  });

  it('accepts reminders, a last region and hard activities', () => {
    const settings = buildSettings({
      reminders: { checkinTime: '21:00', sessionTime: '07:30' },
      lastRegion: 'neck',
      hardActivities: ['Lifting a case of water', 'Bending over the crib'],
      units: 'lb',
      weekStartsOn: 0,
      theme: 'dark',
      onboarding: 'done',
    });
    expect(checkSettings(settings, testClock).ok).toBe(true);
  });

  it('rejects bad reminder times and enum values with fix-it messages', () => {
    const input = {
      ...buildSettings(),
      reminders: { checkinTime: '24:00', sessionTime: '7:30' },
      units: 'stone',
      weekStartsOn: 2,
      theme: 'blue',
      id: 'other',
    };
    expect(errorsOf(checkSettings(input, testClock))).toEqual({
      'reminders.checkinTime': 'Check-in reminder must be a time like 08:30',
      'reminders.sessionTime': 'Session reminder must be a time like 08:30',
      units: 'Choose kg or lb',
      weekStartsOn: 'The week must start on Sunday (0) or Monday (1)',
      theme: 'Choose system, light or dark',
      id: 'The settings id must be "settings"',
    });
  });

  it('rejects more than five hard activities and blank ones', () => {
    expect(
      errorsOf(
        checkSettings(buildSettings({ hardActivities: ['a', 'b', 'c', 'd', 'e', 'f'] }), testClock),
      ),
    ).toEqual({
      hardActivities: 'Choose at most 5 hard activities',
    });
    expect(
      errorsOf(checkSettings(buildSettings({ hardActivities: ['Gardening', ''] }), testClock)),
    ).toEqual({
      'hardActivities.1': 'Enter an activity',
    });
  });
});

describe('load units', () => {
  it('converts between kg and lb', () => {
    expect(kgToLb(10)).toBeCloseTo(22.0462, 6);
    expect(lbToKg(22.0462)).toBeCloseTo(10, 6);
  });

  it('round-trips kg -> lb -> kg within 0.01', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        (kg) => Math.abs(lbToKg(kgToLb(kg)) - kg) < 0.01,
      ),
    );
  });

  it('rounds loads to the nearest 0.5', () => {
    expect(roundLoad(22.0462, 'lb')).toBe(22);
    expect(roundLoad(2.26, 'kg')).toBe(2.5);
    expect(roundLoad(2.24, 'kg')).toBe(2);
    expect(roundLoad(0.2, 'kg')).toBe(0);
    expect(Object.is(roundLoad(-0.1, 'kg'), 0)).toBe(true);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.constantFrom('kg' as const, 'lb' as const),
        (value, units) => {
          const rounded = roundLoad(value, units);
          return Number.isInteger(rounded * 2) && Math.abs(rounded - value) <= 0.25;
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkedSigns } from './screening-history';
import { screeningOutcome } from './red-flags';
import { buildScreening } from '../../../tests/support/domain/test-builders';

const check = (takenAt: string, yes: string[], seenDoctorOn?: string) =>
  buildScreening({
    takenAt,
    answers: Object.fromEntries(yes.map((id) => [id, true])),
    outcome: yes.length > 0 ? 'see-doctor-soon' : 'nothing-urgent',
    ...(seenDoctorOn ? { seenDoctorOn } : {}),
  });

describe('the safety check remembers signs a doctor has checked (docs/domain.md §3)', () => {
  it('remembers nothing until a visit is marked', () => {
    expect(checkedSigns([])).toEqual(new Map());
    expect(checkedSigns([check('2026-01-10T09:00:00.000Z', ['cough-pain'])])).toEqual(new Map());
  });

  it('remembers each soon sign with the day of the visit', () => {
    const checked = checkedSigns([
      check('2026-01-10T09:00:00.000Z', ['cough-pain', 'cancer-history'], '2026-01-12'),
    ]);
    expect(checked).toEqual(
      new Map([
        ['cough-pain', '2026-01-12'],
        ['cancer-history', '2026-01-12'],
      ]),
    );
  });

  it('lets a visit cover earlier unvisited checks, and keeps the latest visit day', () => {
    const checked = checkedSigns([
      check('2025-03-01T09:00:00.000Z', ['night-pain']),
      check('2025-03-05T09:00:00.000Z', ['cough-pain'], '2025-03-07'),
      check('2026-02-01T09:00:00.000Z', ['night-pain'], '2026-02-03'),
      check('2026-06-01T09:00:00.000Z', ['weight-loss']),
    ]);
    expect(checked.get('night-pain')).toBe('2026-02-03');
    expect(checked.get('cough-pain')).toBe('2025-03-07');
    // Not yet seen a doctor for it: asked afresh.
    expect(checked.has('weight-loss')).toBe(false);
  });

  it('never remembers an emergency or bladder sign, nor a deleted check', () => {
    const emergency = buildScreening({
      takenAt: '2026-01-10T09:00:00.000Z',
      answers: { 'chest-pain': true, 'wiping-feeling': true },
      outcome: 'emergency',
      seenDoctorOn: '2026-01-10',
    });
    const deleted = {
      ...check('2026-01-11T09:00:00.000Z', ['back-lump'], '2026-01-12'),
      deletedAt: '2026-01-13T09:00:00.000Z',
    };
    expect(checkedSigns([emergency, deleted])).toEqual(new Map());
  });

  it('a checked past cancer alone no longer sends the person to a doctor at every check', () => {
    const checked = checkedSigns([
      check('2025-05-01T09:00:00.000Z', ['cancer-history'], '2025-05-03'),
    ]);
    const keys = new Set(checked.keys());
    expect(screeningOutcome({ 'cancer-history': true }, keys).outcome).toBe('nothing-urgent');
    expect(screeningOutcome({ 'cancer-history': true, 'night-pain': true }, keys).outcome).toBe(
      'see-doctor-soon',
    );
  });
});

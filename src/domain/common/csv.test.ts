import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { checkinsCsv, episodesCsv, sessionsCsv } from '../reports';
import {
  buildCheckin,
  buildEpisode,
  buildExerciseSet,
  buildSession,
} from '../../../tests/support/domain/test-builders';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = toCsv(
      [{ text: 'lifting, then "twisting"\nouch' }, { text: '=HYPERLINK("x")' }, { text: '' }],
      [['notes', (r) => r.text]],
    );
    expect(csv).toBe(
      'notes\r\n"lifting, then ""twisting""\nouch"\r\n"\'=HYPERLINK(""x"")"\r\n\r\n',
    );
  });

  it('exports spasms oldest first with local times and plain words, leaving out deleted ones', () => {
    const csv = episodesCsv(
      [
        buildEpisode({
          startedAt: '2026-11-25T08:30:00.000Z',
          endedAt: '2026-11-25T10:00:00.000Z',
        }),
        buildEpisode({
          startedAt: '2026-11-20T07:00:00.000Z',
          endedAt: undefined,
          easedBy: [],
          notes: undefined,
        }),
        buildEpisode({ deletedAt: '2026-11-25T11:00:00.000Z' }),
      ],
      [],
      () => 60,
    );
    expect(csv.split('\r\n')).toEqual([
      'started_at,ended_at,duration_minutes,severity_0_10,region,side,activity,movement,load_kg,eased_by,could_move,notes',
      '2026-11-20T08:00:00+01:00,,,6,Lower back,Left side,Lifting a case of water or groceries,Lifting,12,,yes,',
      '2026-11-25T09:30:00+01:00,2026-11-25T11:00:00+01:00,90,6,Lower back,Left side,Lifting a case of water or groceries,Lifting,12,"Lying down; Heat",yes,Lifted a case of water out of the car boot.',
      '',
    ]);
  });

  it('exports check-ins and exercise sets with their day', () => {
    expect(
      checkinsCsv(
        [
          buildCheckin({
            activityIds: ['cat-gardening'],
            notes: undefined,
            morningAfterSession: undefined,
          }),
        ],
        [],
      ),
    ).toBe(
      'day,back_pain_0_10,activities,morning_after_session,notes\r\n2026-11-25,3,Gardening,,\r\n',
    );
    const session = buildSession({ day: '2026-11-24' });
    const set = buildExerciseSet({
      sessionId: session.id,
      exerciseId: 'bird-dog',
      setNumber: 1,
      reps: 10,
      loadKg: undefined,
      holdSeconds: undefined,
      effort: 'easy',
      painDuring: 2,
    });
    expect(sessionsCsv([session], [set])).toBe(
      'day,exercise,level,set,reps,load_kg,hold_seconds,effort,pain_during_0_10\r\n2026-11-24,bird-dog,2,1,10,,,easy,2\r\n',
    );
  });
});

describe('cells for spreadsheets that split on semicolons', () => {
  it('quotes a cell holding a semicolon, and neutralises one starting with a formula sign', () => {
    const csv = toCsv([{ note: 'heat; rest' }, { note: '=1+2;3' }], [['note', (r) => r.note]]);
    expect(csv).toBe('note\r\n"heat; rest"\r\n"\'=1+2;3"\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { diaryFromDays, utcDay, type PlannedDay } from '../../../tests/bench/synthetic-diary';
import { triggersCsv } from './trigger-csv';

describe('triggersCsv', () => {
  it('gives each finding its verdict, counts and rate ratio, the same as Patterns', () => {
    // The floor on 10 of 20 days with a spasm begun with it on 5; desk work on the other 10.
    const days = Array.from({ length: 20 }, (_, i): PlannedDay => ({
      activities: i < 10 ? ['cat-floor-pickup'] : ['own-1'],
      spasms: i < 5 ? [{ activityId: 'cat-floor-pickup' }] : [],
    }));
    const { episodes, checkins } = diaryFromDays(days);
    const own = { id: 'own-1', name: 'Walking, the dog', createdAt: '', updatedAt: '' };
    const lines = triggersCsv(episodes, checkins, [own], utcDay).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'kind,name,verdict,spasms_began_with_it,spasms_in_all,checkin_days_with_it,' +
        'days_a_spasm_began_with_it,spasm_days_with_it,other_checkin_days,' +
        'spasm_days_on_other_days,rate_ratio,rate_ratio_95_low,rate_ratio_95_high,' +
        'holm_correction_over',
    );
    expect(lines[1]).toBe(
      'activity,Picking something up from the floor,Likely trigger,5,5,10,5,5,10,0,11,0.688,176,1',
    );
    expect(lines[2]).toBe(
      'activity,"Walking, the dog",No sign,0,5,10,0,0,10,5,0.0909,0.00569,1.45,',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { diaryFromDays, utcDay } from '../../../tests/bench/synthetic-diary';
import {
  crossoverSentence,
  findingSentence,
  onsetPhrase,
  shortfallSentence,
} from './trigger-wording';
import { analyseTriggers } from './triggers';

describe('trigger wording', () => {
  it('quotes the person’s own activities, and uses a phrase for catalogue ones and movements', () => {
    expect(onsetPhrase({ kind: 'activity', id: 'custom-1' }, 'Walking the dog')).toBe(
      'with “Walking the dog”',
    );
    expect(onsetPhrase({ kind: 'activity', id: 'cat-desk-work' }, 'Desk work')).toBe(
      'during desk work',
    );
    expect(onsetPhrase({ kind: 'movement', id: 'twisting' }, 'Twisting')).toBe('while twisting');
  });

  it('handles one spasm and "1 time in 1 day" in the sentence', () => {
    const { episodes, checkins } = diaryFromDays([
      { activities: ['own'], spasms: [{ activityId: 'own' }] },
      { activities: [] },
    ]);
    const [own] = analyseTriggers(episodes, checkins, utcDay);
    expect(findingSentence(own!, 'Yoga')).toBe(
      'Your one spasm so far began with “Yoga”; on days you did it, a spasm followed 1 time in 1 day, against 0 times in 1 other day.',
    );
  });

  it('says which counts are still missing', () => {
    expect(shortfallSentence({ spasms: 2, daysWithIt: 1, daysWithout: 0 })).toBe(
      'To tell, the app needs 2 more spasms linked to it and 1 more check-in day when you did it.',
    );
    expect(shortfallSentence({ spasms: 0, daysWithIt: 0, daysWithout: 0 })).toBeNull();
  });

  it('describes the case-crossover comparison with its counts', () => {
    const { episodes, checkins } = diaryFromDays([
      { activities: ['x'] },
      { activities: [] },
      { activities: ['x'], spasms: [{ activityId: 'x' }] },
    ]);
    const [x] = analyseTriggers(episodes, checkins, utcDay);
    expect(crossoverSentence(x!, 'Carrying logs')).toBe(
      'Of the 1 spasm with a check-in 1 or 2 days before, 1 began with “Carrying logs”; on those earlier days you did it 1 time in 2 days.',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CANCER_COMPANION_IDS,
  canGiveResult,
  notSureQuestions,
  redFlagGroups,
  redFlagQuestion,
  redFlagQuestions,
  screeningOutcome,
  unansweredQuestions,
  type RedFlagAnswers,
} from './red-flags';
import { screeningOutcomes } from './screening';

// Written out by hand from docs/domain.md §3, independently of the table under test.
const emergencyIds = [
  'both-legs-numb',
  'saddle-numbness',
  'difficulty-peeing',
  'lost-control',
  'chest-pain',
  'serious-accident',
];
const caudaEquinaIds = [
  'saddle-numbness',
  'difficulty-peeing',
  'lost-control',
  'wiping-feeling',
  'lost-sensation',
  'sexual-function',
];
const ids = redFlagQuestions.map((question) => question.id);
const allNo = (): Record<string, boolean> => Object.fromEntries(ids.map((id) => [id, false]));
const yesTo = (...yes: string[]) => ({
  ...allNo(),
  ...Object.fromEntries(yes.map((id) => [id, true])),
});
const reasonIds = (answers: RedFlagAnswers, checked?: ReadonlySet<string>) =>
  screeningOutcome(answers, checked).reasons.map((r) => r.id);

describe('the red-flag questions', () => {
  it('have unique ids, plain text and a known group', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const groups = redFlagGroups.map((group) => group.id);
    for (const question of redFlagQuestions) {
      expect(groups).toContain(question.group);
      expect(question.text.length).toBeGreaterThan(3);
    }
    expect(redFlagQuestion('chest-pain')?.group).toBe('emergency');
    expect(redFlagQuestion('retired-id')).toBeUndefined();
  });

  it('never name a diagnosis', () => {
    const words = [...redFlagQuestions.map((q) => q.text), ...redFlagGroups.map((g) => g.hint)];
    for (const text of words)
      expect(text).not.toMatch(/you may have|cauda|syndrome|tumou?r|infection/i);
  });
});

describe('screeningOutcome', () => {
  it('finds nothing urgent when every answer is no, or nothing is answered', () => {
    expect(screeningOutcome(allNo())).toEqual({
      outcome: 'nothing-urgent',
      reasons: [],
      caudaEquinaCombination: false,
    });
    expect(screeningOutcome({}).outcome).toBe('nothing-urgent');
  });

  it.each(emergencyIds)('sends "%s" alone to emergency care', (id) => {
    expect(screeningOutcome(yesTo(id)).outcome).toBe('emergency');
    expect(reasonIds(yesTo(id))).toEqual([id]);
  });

  it.each(['wiping-feeling', 'lost-sensation', 'sexual-function'])(
    'sends "%s" alone to a doctor soon',
    (id) => {
      expect(screeningOutcome(yesTo(id)).outcome).toBe('see-doctor-soon');
    },
  );

  it('sends two bladder, bowel or genital signs together to emergency care', () => {
    const answers = yesTo('wiping-feeling', 'sexual-function', 'night-pain');
    expect(screeningOutcome(answers)).toMatchObject({
      outcome: 'emergency',
      caudaEquinaCombination: true,
    });
    // The soon sign did not lead to the emergency, so it is not given as a reason.
    expect(reasonIds(answers)).toEqual(['wiping-feeling', 'sexual-function']);
  });

  it('gives every soon sign as a reason to see a doctor', () => {
    const answers = yesTo('cancer-history', 'high-temperature');
    expect(screeningOutcome(answers).outcome).toBe('see-doctor-soon');
    expect(reasonIds(answers)).toEqual(['high-temperature', 'cancer-history']);
  });

  it('maps every one of the 2^17 combinations to the outcome the rules give', () => {
    for (let mask = 0; mask < 2 ** ids.length; mask += 1) {
      const yes = ids.filter((_, bit) => (mask & (1 << bit)) !== 0);
      const caudaEquina = yes.filter((id) => caudaEquinaIds.includes(id)).length;
      const expected =
        yes.some((id) => emergencyIds.includes(id)) || caudaEquina >= 2
          ? 'emergency'
          : yes.length > 0
            ? 'see-doctor-soon'
            : 'nothing-urgent';
      const answers: Record<string, boolean> = {};
      ids.forEach((id) => (answers[id] = yes.includes(id)));
      const result = screeningOutcome(answers);
      if (result.outcome !== expected) expect({ yes, outcome: result.outcome }).toBe(expected);
    }
  });

  it('only gives yes answers as reasons, and gives reasons exactly when something was found', () => {
    const answersArb = fc.dictionary(fc.constantFrom(...ids), fc.boolean());
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = screeningOutcome(answers);
        expect(screeningOutcomes).toContain(result.outcome);
        for (const reason of result.reasons) expect(answers[reason.id]).toBe(true);
        expect(result.reasons.length === 0).toBe(result.outcome === 'nothing-urgent');
      }),
    );
  });

  it('never becomes less urgent when another answer turns to yes', () => {
    const rank = { 'nothing-urgent': 0, 'see-doctor-soon': 1, emergency: 2 } as const;
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (yes, extra) => {
        const before = screeningOutcome(yesTo(...yes)).outcome;
        const after = screeningOutcome(yesTo(...yes, extra)).outcome;
        expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
      }),
    );
  });
});

describe('when a result can be given', () => {
  it('waits for every emergency and bladder/bowel answer unless an emergency sign is already there', () => {
    const required = redFlagQuestions.filter((q) => q.group !== 'soon').map((q) => q.id);
    const requiredNo = Object.fromEntries(required.map((id) => [id, false]));
    expect(canGiveResult({})).toBe(false);
    expect(unansweredQuestions({ 'chest-pain': false })).toHaveLength(required.length - 1);
    expect(canGiveResult({ 'night-pain': true })).toBe(false);
    expect(canGiveResult({ 'chest-pain': true })).toBe(true);
    expect(canGiveResult({ 'wiping-feeling': true, 'lost-sensation': true })).toBe(true);
    expect(canGiveResult(allNo())).toBe(true);
    // The "see a doctor soon" questions may be left as "not sure".
    expect(canGiveResult(requiredNo)).toBe(true);
    expect(notSureQuestions(requiredNo).map((q) => q.id)).toEqual(
      redFlagQuestions.filter((q) => q.group === 'soon').map((q) => q.id),
    );
    expect(notSureQuestions(allNo())).toEqual([]);
  });

  it('asks the emergency questions first', () => {
    const firstSoon = redFlagQuestions.findIndex((q) => q.group === 'soon');
    expect(redFlagQuestions.slice(firstSoon).every((q) => q.group === 'soon')).toBe(true);
    expect(redFlagQuestions[0]?.group).toBe('emergency');
  });
});

describe('a history of cancer once checked (docs/domain.md §3)', () => {
  const checked = new Set(['cancer-history']);

  it('is a flag at a first check', () => {
    expect(screeningOutcome(yesTo('cancer-history')).outcome).toBe('see-doctor-soon');
  });

  it('is no longer a flag on its own once checked', () => {
    expect(screeningOutcome(yesTo('cancer-history'), checked)).toEqual({
      outcome: 'nothing-urgent',
      reasons: [],
      caudaEquinaCombination: false,
    });
  });

  it.each(CANCER_COMPANION_IDS)('stays a flag alongside %s', (companion) => {
    expect(reasonIds(yesTo('cancer-history', companion), checked)).toContain('cancer-history');
  });

  it('is not kept alive by an unrelated sign', () => {
    const result = screeningOutcome(yesTo('cancer-history', 'between-shoulders'), checked);
    expect(result.reasons.map((r) => r.id)).toEqual(['between-shoulders']);
  });
});

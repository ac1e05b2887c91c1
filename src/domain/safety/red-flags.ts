import type { ScreeningOutcome } from './screening';

/**
 * Where a question sits in the safety check. 'emergency': any yes means emergency care now.
 * 'bladder-bowel': cauda equina warning signs that are not an NHS emergency sign on their own;
 * 'soon': any yes means see a doctor soon.
 */
export type RedFlagGroupId = 'emergency' | 'bladder-bowel' | 'soon';

/** One yes/no question. `id` is stored with each answer: never rename or reuse an id. */
export type RedFlagQuestion = {
  id: string;
  group: RedFlagGroupId;
  /** The question's statement in plain words, read as "Do you have…?". */
  text: string;
  /** One of the cauda equina warning-card signs (counted by the two-or-more rule). */
  caudaEquina: boolean;
};

export type RedFlagGroup = { id: RedFlagGroupId; title: string; hint: string };

// Sources: NHS "Back pain" pages (urgent advice lists); cauda equina warning cards by Greenhalgh,
// Mercer, Finucane and Selfe (docs/domain.md §3). Worded as signs to get checked, never a cause.
export const redFlagGroups: readonly RedFlagGroup[] = [
  {
    id: 'emergency',
    title: 'Signs that need emergency care',
    hint: 'Any one of these needs emergency care now.',
  },
  {
    id: 'bladder-bowel',
    title: 'Changes around your bladder, bowel or genitals',
    hint: 'Two or more of these together need emergency care now; one alone needs a doctor soon.',
  },
  {
    id: 'soon',
    title: 'Signs to get checked soon',
    hint: 'Any one of these is worth an urgent appointment with a doctor.',
  },
];

const q = (id: string, group: RedFlagGroupId, text: string, caudaEquina = false) => ({
  id,
  group,
  text,
  caudaEquina,
});

export const redFlagQuestions: readonly RedFlagQuestion[] = [
  q('both-legs-numb', 'emergency', 'New numbness, tingling or weakness in both legs'),
  q('saddle-numbness', 'emergency', 'Numbness around your genitals, bottom or inner thighs', true),
  q('difficulty-peeing', 'emergency', 'Difficulty starting to pee or controlling it', true),
  q(
    'lost-control',
    'emergency',
    "Loss of bladder or bowel control, or leaking you didn't notice",
    true,
  ),
  q('chest-pain', 'emergency', 'Chest pain'),
  q('serious-accident', 'emergency', 'Back pain that started after a serious accident or fall'),
  q('wiping-feeling', 'bladder-bowel', 'Different feeling when you wipe after the toilet', true),
  q(
    'lost-sensation',
    'bladder-bowel',
    'Not feeling when your bladder is full or when you pee or poo',
    true,
  ),
  q(
    'sexual-function',
    'bladder-bowel',
    'New problems with erections, ejaculation or feeling during sex',
    true,
  ),
  q('high-temperature', 'soon', 'A high temperature, or feeling hot and shivery'),
  q('weight-loss', 'soon', "Weight loss you can't explain"),
  q('back-lump', 'soon', 'A lump or swelling in your back, or a change in its shape'),
  q('night-pain', 'soon', "Pain that doesn't ease with rest, or is worse at night"),
  q('cough-pain', 'soon', 'Pain when you sneeze, cough or go to the toilet'),
  q('between-shoulders', 'soon', 'Pain between your shoulder blades'),
  q('cancer-history', 'soon', 'You have had cancer in the past'),
  q('nothing-changes', 'soon', 'Nothing you do changes the pain, better or worse'),
];

/** Answers by question id; a question not in the map has not been answered. */
export type RedFlagAnswers = Readonly<Partial<Record<string, boolean>>>;

/** Why the check came out as it did: the yes answers that led there, by question id. */
export type ScreeningResult = {
  outcome: ScreeningOutcome;
  reasons: RedFlagQuestion[];
  /** True when the two-or-more cauda equina rule (not a single emergency sign) made it urgent. */
  caudaEquinaCombination: boolean;
};

/** How many cauda equina signs together mean emergency care (warning cards, docs/domain.md §3). */
export const CAUDA_EQUINA_EMERGENCY_COUNT = 2;

/**
 * The urgency of a set of answers. Rules, strongest first:
 * any 'emergency' sign (NHS) -> emergency; 2 or more cauda equina signs of any group (cauda equina
 * warning cards: Greenhalgh, Mercer, Finucane, Selfe) -> emergency; any 'soon' sign (NHS) or a single
 * bladder/bowel sign (design choice: get it checked promptly) -> see-doctor-soon; else nothing-urgent.
 * Unanswered questions count as no. `reasons` lists only the answers behind the outcome, in
 * question order, and is empty exactly when nothing urgent was found.
 */
export function screeningOutcome(answers: RedFlagAnswers): ScreeningResult {
  const yes = redFlagQuestions.filter((question) => answers[question.id] === true);
  const emergencySigns = yes.filter((question) => question.group === 'emergency');
  const caudaEquina = yes.filter((question) => question.caudaEquina);
  const combination = caudaEquina.length >= CAUDA_EQUINA_EMERGENCY_COUNT;
  if (emergencySigns.length > 0 || combination) {
    const reasons = yes.filter(
      (question) => question.group === 'emergency' || (combination && question.caudaEquina),
    );
    return { outcome: 'emergency', reasons, caudaEquinaCombination: combination };
  }
  if (yes.length > 0) {
    return { outcome: 'see-doctor-soon', reasons: yes, caudaEquinaCombination: false };
  }
  return { outcome: 'nothing-urgent', reasons: [], caudaEquinaCombination: false };
}

/** The questions with no yes/no answer yet, in the order they are asked. */
export function unansweredQuestions(answers: RedFlagAnswers): RedFlagQuestion[] {
  return redFlagQuestions.filter((question) => typeof answers[question.id] !== 'boolean');
}

/**
 * Whether a result can be given yet. "Nothing urgent" or "see a doctor soon" is only said once
 * every question is answered (a skipped question could change it); emergency advice is never held
 * back behind an unanswered question.
 */
export function canGiveResult(answers: RedFlagAnswers): boolean {
  return (
    unansweredQuestions(answers).length === 0 || screeningOutcome(answers).outcome === 'emergency'
  );
}

/** A question by its stored id; undefined for an id this version no longer asks. */
export function redFlagQuestion(id: string): RedFlagQuestion | undefined {
  return redFlagQuestions.find((question) => question.id === id);
}

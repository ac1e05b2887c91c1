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
    hint: "Any one of these is worth an urgent appointment with a doctor. Answer “Not sure” for any you can't tell.",
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
  q('high-temperature', 'soon', 'A high temperature, feeling hot and shivery, or generally unwell'),
  q('weight-loss', 'soon', "Weight loss you can't explain"),
  q('back-lump', 'soon', 'A lump or swelling in your back, or a change in its shape'),
  q('night-pain', 'soon', "Pain that doesn't ease with rest, or is worse at night"),
  q('cough-pain', 'soon', 'Pain when you sneeze, cough or go to the toilet'),
  q('between-shoulders', 'soon', 'Pain between your shoulder blades'),
  q('cancer-history', 'soon', 'You have had cancer in the past'),
  q('nothing-changes', 'soon', 'Nothing you do changes the pain, better or worse'),
  q('unlike-usual', 'soon', 'Pain that feels unlike your usual spasms, or not muscular'),
];

/**
 * The signs with which a history of cancer stays a flag even once checked (docs/domain.md §3:
 * pain unlike the usual spasms, weight loss, night pain, feeling unwell).
 */
export const CANCER_COMPANION_IDS: readonly string[] = [
  'unlike-usual',
  'weight-loss',
  'night-pain',
  'high-temperature',
];

/**
 * Whether a checked sign is asked as "new or changed since you were checked?". Not a history of
 * cancer: it can't change, so it is asked as it is and weighed with its companion signs.
 */
export function asksIfChanged(question: RedFlagQuestion): boolean {
  return question.id !== 'cancer-history';
}

/**
 * Whether a question must be answered yes or no before a result: the emergency and bladder/bowel
 * signs always are (docs/domain.md §3); the rest may be left as "not sure".
 */
export function isRequired(question: RedFlagQuestion): boolean {
  return question.group !== 'soon';
}

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
 * `checked`: the signs the person has had checked by a doctor (docs/domain.md §3 design choice).
 * Those are asked as "new or changed since you were checked?", so a yes is already only a new or
 * changed sign; a history of cancer, which can't change, stays a flag only alongside a companion
 * sign (CANCER_COMPANION_IDS).
 */
export function screeningOutcome(
  answers: RedFlagAnswers,
  checked: ReadonlySet<string> = new Set(),
): ScreeningResult {
  const cancerStaysAFlag =
    !checked.has('cancer-history') || CANCER_COMPANION_IDS.some((id) => answers[id] === true);
  const yes = redFlagQuestions.filter(
    (question) =>
      answers[question.id] === true && (question.id !== 'cancer-history' || cancerStaysAFlag),
  );
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

/** The required questions with no yes/no answer yet, in the order they are asked. */
export function unansweredQuestions(answers: RedFlagAnswers): RedFlagQuestion[] {
  return redFlagQuestions.filter(
    (question) => isRequired(question) && typeof answers[question.id] !== 'boolean',
  );
}

/** The questions that may be skipped and were: "not sure", in the order they are asked. */
export function notSureQuestions(answers: RedFlagAnswers): RedFlagQuestion[] {
  return redFlagQuestions.filter(
    (question) => !isRequired(question) && typeof answers[question.id] !== 'boolean',
  );
}

/**
 * Whether a result can be given yet. A result is only given once every emergency and
 * bladder/bowel question is answered (a skipped one could change it; the others may be "not
 * sure"); emergency advice is never held back behind an unanswered question.
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

import { useState } from 'react';
import {
  canGiveResult,
  checkedSigns,
  defaultEmergencyNumber,
  notSureQuestions,
  redFlagQuestions,
  screeningOutcome,
  unansweredQuestions,
  type RedFlagQuestion,
  type ScreeningResult,
} from '../../domain/safety';
import { saveScreening, useScreenings } from '../../data/safety/screening-queries';
import { useSettings } from '../../data/settings/settings-queries';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { tabDraft } from '../../ui/form-kit/tab-draft';
import { useForm } from '../../ui/form-kit/use-form';
import { PageTitle } from '../../ui/page-title';
import { SafetyCheckForm, type FormAnswer } from './safety-check-form';
import { ScreeningHistory } from './screening-history';
import { ScreeningResultCard } from './screening-result';
import './safety-check.css';

type Shown = {
  result: ScreeningResult;
  notSure: RedFlagQuestion[];
  saveError?: string | undefined;
};

type Answers = Record<string, FormAnswer>;

const questionIds = new Set(redFlagQuestions.map((question) => question.id));

/** Stored answers if they still make sense (known questions, known answers), else null. */
function parseAnswers(value: unknown): Answers | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  const valid = entries.every(
    ([id, answer]) => questionIds.has(id) && (typeof answer === 'boolean' || answer === 'not-sure'),
  );
  return valid ? (value as Answers) : null;
}

/** This tab's unfinished check (per tab, kept through a reload). */
const answersDraft = tabDraft('safety-check', parseAnswers);

const noChecks: ReadonlyMap<string, string> = new Map();

/** The yes/no answers alone ("not sure" is no answer). */
function yesNo(answers: Readonly<Record<string, FormAnswer>>): Record<string, boolean> {
  return Object.fromEntries(
    Object.entries(answers).filter((entry): entry is [string, boolean] => entry[1] !== 'not-sure'),
  );
}

/**
 * Route /safety-check: the red-flag questions, then the outcome first and clearly, then the
 * history. Never diagnoses: it says how soon to get checked (docs/domain.md §3). Signs a doctor
 * has checked are asked as "new or changed since?", so a checked past cancer or cough pain does
 * not send the person back at every check.
 */
export function SafetyCheckPage() {
  const [shown, setShown] = useState<Shown | null>(null);
  const screenings = useScreenings();
  const settings = useSettings();
  // Until the past checks load, nothing counts as checked: the safer way round.
  const checked = screenings ? checkedSigns(screenings.records) : noChecks;
  // An emergency never waits on the database: the locale's number until settings load.
  const emergencyNumber =
    settings?.emergencyNumber ?? defaultEmergencyNumber(globalThis.navigator.language);

  const form = useForm<Answers>({
    initial: {},
    fields: redFlagQuestions.map((question) => question.id),
    onSubmit: async (answers) => {
      const given = yesNo(answers);
      if (!canGiveResult(given)) {
        return Object.fromEntries(
          unansweredQuestions(given).map((question) => [question.id, 'Answer yes or no']),
        );
      }
      const askedSinceChecked = [...checked.keys()];
      const result = screeningOutcome(given, new Set(askedSinceChecked));
      const notSure = result.outcome === 'emergency' ? [] : notSureQuestions(given);
      const saved = await saveScreening(given, {
        askedSinceChecked,
        notSure: notSure.map((question) => question.id),
      });
      // The advice shows even when storage fails: an emergency must never wait on a database.
      const saveError = saved.ok
        ? undefined
        : "This check couldn't be saved on this device, but the advice above still stands.";
      setShown({ result, notSure, saveError });
      return null;
    },
    draft: answersDraft,
  });
  const answers = form.values;
  // A question answered since the refusal is no longer marked.
  const missing = Object.keys(form.errors).filter((id) => answers[id] === undefined);

  return (
    <>
      <PageTitle>Safety check</PageTitle>
      {shown ? (
        <>
          <ScreeningResultCard
            result={shown.result}
            notSure={shown.notSure}
            emergencyNumber={emergencyNumber}
            saveError={shown.saveError}
          />
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                form.reset();
                setShown(null);
              }}
            >
              Take the check again
            </button>
          </p>
        </>
      ) : (
        <>
          <p>
            A few questions about rare signs that back pain needs a doctor. The check can&apos;t
            tell what is causing your pain: it tells you how soon to get checked.
          </p>
          <DraftNotice restored={form.restored} onStartAgain={form.reset} />
          <SafetyCheckForm
            answers={answers}
            checked={checked}
            missing={missing}
            saving={form.saving}
            formProps={form.formProps}
            onAnswer={(id, answer) => {
              form.set({ [id]: answer });
            }}
          />
        </>
      )}
      <ScreeningHistory />
    </>
  );
}

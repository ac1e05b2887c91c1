import { useState } from 'react';
import {
  canGiveResult,
  checkedSigns,
  defaultEmergencyNumber,
  notSureQuestions,
  screeningOutcome,
  unansweredQuestions,
  type RedFlagQuestion,
  type ScreeningResult,
} from '../../domain/safety';
import { saveScreening, useScreenings } from '../../data/screening-queries';
import { useSettings } from '../../data/settings-queries';
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
  const [answers, setAnswers] = useState<Record<string, FormAnswer>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const screenings = useScreenings();
  const settings = useSettings();
  // Until the past checks load, nothing counts as checked: the safer way round.
  const checked = screenings ? checkedSigns(screenings.records) : noChecks;
  // An emergency never waits on the database: the locale's number until settings load.
  const emergencyNumber =
    settings?.emergencyNumber ?? defaultEmergencyNumber(globalThis.navigator.language);

  async function submit() {
    const given = yesNo(answers);
    if (!canGiveResult(given)) {
      setMissing(unansweredQuestions(given).map((question) => question.id));
      return;
    }
    const askedSinceChecked = [...checked.keys()];
    const result = screeningOutcome(given, new Set(askedSinceChecked));
    const notSure = result.outcome === 'emergency' ? [] : notSureQuestions(given);
    setSaving(true);
    const saved = await saveScreening(given, {
      askedSinceChecked,
      notSure: notSure.map((question) => question.id),
    });
    setSaving(false);
    // The advice shows even when storage fails: an emergency must never wait on a database.
    const saveError = saved.ok
      ? undefined
      : "This check couldn't be saved on this device, but the advice above still stands.";
    setShown({ result, notSure, saveError });
  }

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
                setAnswers({});
                setMissing([]);
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
          <SafetyCheckForm
            answers={answers}
            checked={checked}
            missing={missing}
            saving={saving}
            onAnswer={(id, answer) => {
              setAnswers((current) => ({ ...current, [id]: answer }));
              setMissing((current) => current.filter((other) => other !== id));
            }}
            onSubmit={() => void submit()}
          />
        </>
      )}
      <ScreeningHistory />
    </>
  );
}

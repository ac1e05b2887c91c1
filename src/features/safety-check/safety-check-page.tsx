import { useState } from 'react';
import {
  canGiveResult,
  screeningOutcome,
  unansweredQuestions,
  type ScreeningResult,
} from '../../domain/safety';
import { saveScreening } from '../../data/screening-queries';
import { PageTitle } from '../../ui/page-title';
import { SafetyCheckForm } from './safety-check-form';
import { ScreeningHistory } from './screening-history';
import { ScreeningResultCard } from './screening-result';
import './safety-check.css';

type Shown = { result: ScreeningResult; saveError?: string | undefined };

/**
 * Route /safety-check: the red-flag questions, then the outcome first and clearly, then the
 * history. Never diagnoses: it says how soon to get checked (docs/domain.md §3).
 */
export function SafetyCheckPage() {
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);

  async function submit() {
    if (!canGiveResult(answers)) {
      setMissing(unansweredQuestions(answers).map((question) => question.id));
      return;
    }
    setSaving(true);
    const saved = await saveScreening(answers);
    setSaving(false);
    // The advice shows even when storage fails: an emergency must never wait on a database.
    const saveError = saved.ok
      ? undefined
      : "This check couldn't be saved on this device, but the advice above still stands.";
    setShown({ result: screeningOutcome(answers), saveError });
  }

  return (
    <>
      <PageTitle>Safety check</PageTitle>
      {shown ? (
        <>
          <ScreeningResultCard result={shown.result} saveError={shown.saveError} />
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

import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { telHref, type RedFlagQuestion, type ScreeningResult } from '../../domain/safety';
import { screeningOutcomeLabels } from '../../domain/safety';

type ScreeningResultCardProps = {
  result: ScreeningResult;
  /** Signs left as "not sure": named so the person can watch for them. */
  notSure?: readonly RedFlagQuestion[];
  /** The number the emergency result calls (Settings, or the locale's). */
  emergencyNumber: string;
  /** Set when the check could not be stored: the advice still shows. */
  saveError?: string | undefined;
};

function Reasons({ result, intro }: { result: ScreeningResult; intro: string }) {
  return (
    <>
      <p>{intro}</p>
      <ul>
        {result.reasons.map((reason) => (
          <li key={reason.id}>{reason.text}</li>
        ))}
      </ul>
    </>
  );
}

function NotSure({ questions }: { questions: readonly RedFlagQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <>
      <p>You weren&apos;t sure about:</p>
      <ul>
        {questions.map((question) => (
          <li key={question.id}>{question.text}</li>
        ))}
      </ul>
      <p>If you notice any of these, ask for an appointment with a doctor.</p>
    </>
  );
}

function Advice({ result, emergencyNumber }: { result: ScreeningResult; emergencyNumber: string }) {
  if (result.outcome === 'emergency') {
    return (
      <>
        <p className="emergency-action">
          Call {emergencyNumber} or go to the emergency department now.
        </p>
        <p>
          <a className="button button-primary wide-button" href={telHref(emergencyNumber)}>
            Call {emergencyNumber}
          </a>
        </p>
        <Reasons
          result={result}
          intro={
            result.caudaEquinaCombination
              ? 'Two or more of these together need checking straight away:'
              : 'Why: you answered yes to a sign that needs checking straight away:'
          }
        />
        <p>Don&apos;t wait to see whether it settles.</p>
      </>
    );
  }
  if (result.outcome === 'see-doctor-soon') {
    return (
      <>
        <p>
          <strong>Ask for an urgent appointment with a doctor</strong>, within a day or two. If you
          can&apos;t get one, call your local non-emergency health line.
        </p>
        <Reasons result={result} intro="Tell them about:" />
        <p>
          Also mention when each began and how your back pain has changed. If any emergency sign
          appears, get emergency care at once. This result stays on Today until you mark that
          you&apos;ve seen a doctor.
        </p>
      </>
    );
  }
  return (
    <>
      <p>None of your answers points to a sign that needs a doctor now.</p>
      <p>
        This check can&apos;t diagnose: it only looks for signs that need care. When some movements
        ease your pain and you&apos;ve never had cancer, a serious cause is very unlikely. Still, if
        something feels off or not muscular, it&apos;s worth a doctor&apos;s look.
      </p>
    </>
  );
}

/**
 * The outcome, first and prominent. It replaces the questions at the top of the page and takes
 * focus, so on a phone the emergency advice is on screen without scrolling.
 */
export function ScreeningResultCard({
  result,
  notSure = [],
  emergencyNumber,
  saveError,
}: ScreeningResultCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [result]);

  const urgent = result.outcome === 'emergency';
  return (
    <section
      className={`card screening-result ${urgent ? 'urgent' : ''} result-${result.outcome}`}
      aria-labelledby="screening-result-heading"
    >
      <h2 id="screening-result-heading" ref={heading} tabIndex={-1}>
        {screeningOutcomeLabels[result.outcome]}
      </h2>
      <Advice result={result} emergencyNumber={emergencyNumber} />
      {urgent ? null : <NotSure questions={notSure} />}
      {saveError ? <p className="field-error">{saveError}</p> : null}
      {urgent ? null : (
        <p className="link-line">
          <Link to="/seek-care">When to seek care</Link>
        </p>
      )}
    </section>
  );
}

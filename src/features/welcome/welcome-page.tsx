import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { saveSettings, useSettings } from '../../data/settings/settings-queries';
import { useFocusOnChange } from '../../ui/in-place-focus';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { HardActivitiesStep, TriggersStep } from './welcome-answers';
import { DestinationStep, PathStep, SafetyStep } from './welcome-steps';

const STEPS = 6;

/**
 * Route /welcome: first use in under two minutes. Skippable at every step; every answer can be
 * changed later (Settings, Patterns), so nothing here is a commitment.
 */
export function WelcomePage() {
  const settings = useSettings();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [suspected, setSuspected] = useState<string[] | null>(null);
  const [hard, setHard] = useState<string[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  // Each step replaces the last: focus to its heading, which a screen reader then announces.
  const card = useRef<HTMLElement>(null);
  useFocusOnChange(step, card);
  if (!settings) return <Loading />;

  const triggers = suspected ?? settings.suspectedTriggers ?? [];
  const activities = hard ?? settings.hardActivities;

  async function finish(to: string, onboarding: 'done' | 'skipped') {
    const named = activities.map((a) => a.trim()).filter(Boolean);
    const result = await saveSettings(
      onboarding === 'done'
        ? { onboarding, suspectedTriggers: triggers, hardActivities: named }
        : { onboarding },
    );
    if (!result.ok) {
      setError(Object.values(result.errors)[0]);
      setStep(4);
      return;
    }
    void navigate(to);
  }

  return (
    <>
      <PageTitle>Welcome to Steadyback</PageTitle>
      <p className="muted">
        Step {step + 1} of {STEPS}
      </p>
      <section ref={card} className="card welcome-step">
        {step === 0 ? <DestinationStep /> : null}
        {step === 1 ? <PathStep /> : null}
        {step === 2 ? <SafetyStep /> : null}
        {step === 3 ? <TriggersStep selected={triggers} onChange={setSuspected} /> : null}
        {step === 4 ? (
          <HardActivitiesStep values={activities} onChange={setHard} error={error} />
        ) : null}
        {step === 5 ? (
          <>
            <h2>Your exercise plan</h2>
            <p>
              Set up a plan now (training days, equipment, where you start), or later from the Plan
              tab. Logging spasms for a week or two first is a fine start too.
            </p>
          </>
        ) : null}
      </section>
      <p className="button-row">
        {step > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setStep(step - 1);
            }}
          >
            Back
          </button>
        ) : null}
        {step < STEPS - 1 ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setStep(step + 1);
            }}
          >
            Next
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void finish('/plan/setup', 'done')}
            >
              Set up my plan
            </button>
            <button type="button" className="button" onClick={() => void finish('/', 'done')}>
              Later: go to Today
            </button>
          </>
        )}
      </p>
      <p>
        <button type="button" className="link-button" onClick={() => void finish('/', 'skipped')}>
          Skip the introduction
        </button>{' '}
        <Link to="/why">Why do my spasms keep coming back?</Link>
      </p>
    </>
  );
}

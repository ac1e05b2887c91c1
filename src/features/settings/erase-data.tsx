import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { eraseAllData } from '../../data/erase';
import { reloadApp } from './reload-app';

type Step = 'idle' | 'first' | 'second' | 'failed';

/** "Erase all data", asking twice; the second time it names what goes and suggests a backup. */
export function EraseData() {
  const [step, setStep] = useState<Step>('idle');
  const prompt = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Move focus to each new question so keyboard and screen-reader users hear it; after Cancel,
  // back to the button that started it (never on first render).
  useEffect(() => {
    if (step !== 'idle') {
      asked.current = true;
      prompt.current?.focus();
    } else if (asked.current) start.current?.focus();
  }, [step]);

  async function erase() {
    // This tab's drafts live in sessionStorage, which a reload keeps: eraseAllData tells this tab
    // too, and the app's one erase link (src/app/erase-drafts.ts) empties them before the reload.
    if (await eraseAllData()) {
      reloadApp();
    } else setStep('failed');
  }

  const cancel = (
    <button
      type="button"
      className="button"
      onClick={() => {
        setStep('idle');
      }}
    >
      Cancel
    </button>
  );

  return (
    <section className="card settings-group" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase all data</h2>
      {step === 'idle' ? (
        <>
          <p>Remove everything you entered from this device and start again.</p>
          <button
            ref={start}
            type="button"
            className="button"
            onClick={() => {
              setStep('first');
            }}
          >
            Erase all data
          </button>
        </>
      ) : null}
      {step === 'first' ? (
        <div ref={prompt} tabIndex={-1}>
          <p>
            <strong>Erase everything Steadyback holds on this device?</strong>
          </p>
          <p className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                setStep('second');
              }}
            >
              Yes, continue
            </button>
            {cancel}
          </p>
        </div>
      ) : null}
      {step === 'second' ? (
        <div className="urgent card" ref={prompt} tabIndex={-1}>
          <p>
            <strong>This cannot be undone.</strong> It deletes every spasm, check-in, activity,
            medicine, exercise plan and session, safety check, journal entry, experiment and weekly
            rating, and your settings. Nothing is kept anywhere else.
          </p>
          <p>
            If you might want them back, <Link to="/backup">make a backup first</Link>.
          </p>
          <p className="button-row">
            <button type="button" className="button button-log" onClick={() => void erase()}>
              Erase everything now
            </button>
            {cancel}
          </p>
        </div>
      ) : null}
      {step === 'failed' ? (
        <div ref={prompt} tabIndex={-1}>
          <p role="alert">
            Nothing was erased: the data could not be removed. Close other Steadyback tabs and try
            again.
          </p>
          {cancel}
        </div>
      ) : null}
    </section>
  );
}

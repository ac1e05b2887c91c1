import { useEffect, useState } from 'react';

/** Design choice: a minute between sets suits easy-to-moderate work; it can always be skipped. */
export const REST_SECONDS = 60;

type RestTimerProps = {
  /** When the rest ends, in epoch milliseconds. */
  until: number;
  onEnd: () => void;
};

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The rest between sets. The countdown is a timer (not announced every second); the session
 * screen's polite live region says when rest starts and ends. The bar only moves when motion
 * is welcome (see plan.css).
 */
export function RestTimer({ until, onEnd }: RestTimerProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      clearInterval(tick);
    };
  }, []);
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left === 0) onEnd();
  }, [left, onEnd]);
  // An ended rest (say, the app reopened after it) shows nothing while onEnd takes it away.
  if (left === 0) return null;
  return (
    <section className="card rest" aria-labelledby="rest-heading">
      <h2 id="rest-heading">Rest</h2>
      <p className="rest-time" role="timer" aria-label="Rest time left">
        {clock(left)}
      </p>
      <div className="rest-bar" aria-hidden="true">
        <span style={{ width: `${String((left / REST_SECONDS) * 100)}%` }} />
      </div>
      <button type="button" className="button" onClick={onEnd}>
        Skip rest
      </button>
    </section>
  );
}

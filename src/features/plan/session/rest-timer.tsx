import { restStepOf, type Rest } from '../../../domain/exercises';
import { clockText, useCountdown } from './use-countdown';

type RestTimerProps = {
  /** When the rest ends, in epoch milliseconds. */
  until: number;
  /** The rest as set now: its length, and the range − and + keep it within. */
  rest: Rest;
  /** The rest ran out (`byPerson` false) or was skipped. */
  onEnd: (byPerson: boolean) => void;
  /** One tap on − (-1) or + (+1). */
  onAdjust: (steps: number) => void;
};

/**
 * The rest between sets, in the session's action bar (docs/domain.md §5b rule 11: by exercise
 * type, adjustable). The count is a timer, not announced every second: the session's polite live
 * region says when rest starts and ends. The bar only moves when motion is welcome (plan.css).
 */
export function RestTimer({ until, rest, onEnd, onAdjust }: RestTimerProps) {
  const left = useCountdown(until, () => {
    onEnd(false);
  });
  // An ended rest (say, the app reopened after it) shows nothing while onEnd takes it away.
  if (left === 0) return null;
  const step = String(restStepOf(rest));
  return (
    <div className="rest" role="group" aria-labelledby="rest-heading">
      <div className="rest-head">
        <h2 id="rest-heading">Rest</h2>
        <p className="rest-time" role="timer" aria-label="Rest time left">
          {clockText(left)}
        </p>
      </div>
      <div className="rest-bar" aria-hidden="true">
        <span style={{ width: `${String(Math.min(100, (left / rest.seconds) * 100))}%` }} />
      </div>
      <div className="rest-actions">
        <button
          type="button"
          className="button"
          disabled={rest.seconds <= rest.min}
          onClick={() => {
            onAdjust(-1);
          }}
        >
          −{step} s <span className="visually-hidden">rest</span>
        </button>
        <button
          type="button"
          className="button"
          disabled={rest.seconds >= rest.max}
          onClick={() => {
            onAdjust(1);
          }}
        >
          +{step} s <span className="visually-hidden">rest</span>
        </button>
        <button
          type="button"
          className="button button-primary rest-skip"
          onClick={() => {
            onEnd(true);
          }}
        >
          Skip rest
        </button>
      </div>
    </div>
  );
}

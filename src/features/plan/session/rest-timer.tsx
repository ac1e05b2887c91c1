import { restStepOf, type Rest } from '../../../domain/exercises';
import { CountdownPanel } from './countdown-panel';

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
 * type, adjustable). The bar only moves when motion is welcome (plan.css).
 */
export function RestTimer({ until, rest, onEnd, onAdjust }: RestTimerProps) {
  const step = String(restStepOf(rest));
  return (
    <CountdownPanel title="Rest" className="rest" until={until} onEnd={onEnd}>
      {(left) => (
        <>
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
        </>
      )}
    </CountdownPanel>
  );
}

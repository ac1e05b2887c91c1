import { clockText, useCountdown } from './use-countdown';

type HoldTimerProps = {
  /** When the hold ends, in epoch milliseconds. */
  until: number;
  /** The hold ran out (`byPerson` false) or was stopped early. */
  onEnd: (byPerson: boolean) => void;
};

/**
 * The countdown of one hold (docs/domain.md §5b rule 11: supermans, bird dog, prone lying), in
 * the action bar; a tone and a vibration at its end where the device allows.
 */
export function HoldTimer({ until, onEnd }: HoldTimerProps) {
  const left = useCountdown(until, () => {
    onEnd(false);
  });
  if (left === 0) return null;
  return (
    <div className="rest hold" role="group" aria-labelledby="hold-heading">
      <div className="rest-head">
        <h2 id="hold-heading">Hold</h2>
        <p className="rest-time" role="timer" aria-label="Hold time left">
          {clockText(left)}
        </p>
      </div>
      <div className="rest-actions">
        <button
          type="button"
          className="button rest-skip"
          onClick={() => {
            onEnd(true);
          }}
        >
          Stop the hold
        </button>
      </div>
    </div>
  );
}

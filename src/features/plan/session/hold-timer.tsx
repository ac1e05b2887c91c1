import { CountdownPanel } from './countdown-panel';

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
  return (
    <CountdownPanel title="Hold" className="rest hold" until={until} onEnd={onEnd}>
      {() => (
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
      )}
    </CountdownPanel>
  );
}

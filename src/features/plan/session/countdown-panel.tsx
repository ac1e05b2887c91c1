import type { ReactNode } from 'react';
import { clockText, useCountdown } from './use-countdown';

type CountdownPanelProps = {
  /** The panel's heading ("Rest", "Hold"), also the timer's name ("Rest time left"). */
  title: string;
  className: string;
  /** When the count ends, in epoch milliseconds. */
  until: number;
  /** The count ran out (`byPerson` false); the panel's own buttons pass true. */
  onEnd: (byPerson: boolean) => void;
  /** What shows under the count (a bar, the buttons), given the seconds left. */
  children: (left: number) => ReactNode;
};

/**
 * The rest and hold timers' shared frame in the session's action bar: a heading and the count.
 * The count is a timer, not announced every second: the session's polite live region says when
 * it starts and ends. An ended count (say, the app reopened after it) shows nothing while onEnd
 * takes it away.
 */
export function CountdownPanel({ title, className, until, onEnd, children }: CountdownPanelProps) {
  const left = useCountdown(until, () => {
    onEnd(false);
  });
  if (left === 0) return null;
  const headingId = `${title.toLowerCase()}-heading`;
  return (
    <div className={className} role="group" aria-labelledby={headingId}>
      <div className="rest-head">
        <h2 id={headingId}>{title}</h2>
        <p className="rest-time" role="timer" aria-label={`${title} time left`}>
          {clockText(left)}
        </p>
      </div>
      {children(left)}
    </div>
  );
}

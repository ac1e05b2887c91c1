import { useEffect, useRef, useState } from 'react';
import { signalEnd } from './timer-signals';

/**
 * Whole seconds left until `until` (epoch ms), ticking from the clock, never from a counter: a
 * reload or a phone asleep in a pocket resumes at the right second. Calls `onEnd` once at zero,
 * with the end signal (tone, vibration) only when the count ran out while the screen was open.
 */
export function useCountdown(until: number, onEnd: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  const [endedBefore] = useState(() => until <= Date.now());
  const ended = useRef(false);
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
    if (left > 0) {
      ended.current = false;
      return;
    }
    if (ended.current) return;
    ended.current = true;
    if (!endedBefore) signalEnd();
    onEnd();
  }, [left, onEnd, endedBefore]);
  return left;
}

/** "1:05": minutes and seconds, as a timer reads. */
export const clockText = (seconds: number) =>
  `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;

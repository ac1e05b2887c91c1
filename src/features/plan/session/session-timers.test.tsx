import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restFor } from '../../../domain/exercises';
import { HoldTimer } from './hold-timer';
import { RestTimer } from './rest-timer';
import { resetSoundForTests, unlockSound } from './timer-signals';
import { useWakeLock } from './use-wake-lock';

// docs/domain.md §5b rule 11: rest by exercise type, a hold countdown, a tone and a vibration at
// the end where the device has them, and nothing thrown where it has neither.

type Stubs = { oscillators: number; vibrate: ReturnType<typeof vi.fn> };

/** A Web Audio stand-in that counts the tones made, and a navigator.vibrate spy. */
function stubSignals(): Stubs {
  const stubs: Stubs = { oscillators: 0, vibrate: vi.fn(() => true) };
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    resume = vi.fn(() => Promise.resolve());
    createOscillator() {
      stubs.oscillators += 1;
      const node = {
        frequency: { value: 0 },
        start: vi.fn(),
        stop: vi.fn(),
        connect: (n: unknown) => n,
      };
      return node;
    }
    createGain() {
      return {
        gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
        connect: (n: unknown) => n,
      };
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  Object.defineProperty(navigator, 'vibrate', { value: stubs.vibrate, configurable: true });
  return stubs;
}

function removeSignals() {
  vi.stubGlobal('AudioContext', undefined);
  Object.defineProperty(navigator, 'vibrate', { value: undefined, configurable: true });
}

const start = Date.parse('2026-12-07T09:00:00');

beforeEach(() => {
  vi.useFakeTimers({ now: start });
  resetSoundForTests();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Object.defineProperty(navigator, 'vibrate', { value: undefined, configurable: true });
});

const pressUp = restFor({ id: 'prone-press-up', unit: 'reps' });

describe('the rest timer', () => {
  it('counts down from the end instant, then sounds, vibrates and ends once', () => {
    const stubs = stubSignals();
    const onEnd = vi.fn();
    render(<RestTimer until={start + 45_000} rest={pressUp} onEnd={onEnd} onAdjust={vi.fn()} />);
    expect(screen.getByRole('timer', { name: 'Rest time left' })).toHaveTextContent('0:45');
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByRole('timer', { name: 'Rest time left' })).toHaveTextContent('0:15');
    expect(onEnd).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(15_500);
    });
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenCalledWith(false);
    expect(stubs.oscillators).toBeGreaterThan(0);
    expect(stubs.vibrate).toHaveBeenCalledTimes(1);
  });

  it('ends quietly where there is neither Web Audio nor vibration', () => {
    removeSignals();
    const onEnd = vi.fn();
    render(<RestTimer until={start + 30_000} rest={pressUp} onEnd={onEnd} onAdjust={vi.fn()} />);
    expect(() => {
      act(() => {
        unlockSound();
        vi.advanceTimersByTime(31_000);
      });
    }).not.toThrow();
    expect(onEnd).toHaveBeenCalledWith(false);
  });

  it('does not sound for a rest that ran out while the app was closed', () => {
    const stubs = stubSignals();
    const onEnd = vi.fn();
    render(<RestTimer until={start - 5_000} rest={pressUp} onEnd={onEnd} onAdjust={vi.fn()} />);
    expect(onEnd).toHaveBeenCalledWith(false);
    expect(stubs.oscillators).toBe(0);
    expect(stubs.vibrate).not.toHaveBeenCalled();
  });

  it('moves by 15 s within the range of the exercise type, and can be skipped', () => {
    const onEnd = vi.fn();
    const onAdjust = vi.fn();
    const { rerender } = render(
      <RestTimer until={start + 45_000} rest={pressUp} onEnd={onEnd} onAdjust={onAdjust} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '+15 s rest' }));
    fireEvent.click(screen.getByRole('button', { name: '−15 s rest' }));
    expect(onAdjust.mock.calls).toEqual([[1], [-1]]);
    // An endurance rest is 30-60 s: at 60 s there is no more.
    rerender(
      <RestTimer
        until={start + 60_000}
        rest={{ ...pressUp, seconds: 60 }}
        onEnd={onEnd}
        onAdjust={onAdjust}
      />,
    );
    expect(screen.getByRole('button', { name: '+15 s rest' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Skip rest' }));
    expect(onEnd).toHaveBeenCalledWith(true);
  });
});

describe('the hold timer', () => {
  it('counts the hold down and signals its end', () => {
    const stubs = stubSignals();
    const onEnd = vi.fn();
    render(<HoldTimer until={start + 10_000} onEnd={onEnd} />);
    expect(screen.getByRole('timer', { name: 'Hold time left' })).toHaveTextContent('0:10');
    act(() => {
      vi.advanceTimersByTime(10_250);
    });
    expect(onEnd).toHaveBeenCalledWith(false);
    expect(stubs.oscillators).toBeGreaterThan(0);
    expect(stubs.vibrate).toHaveBeenCalled();
  });
});

function KeepAwake() {
  useWakeLock();
  return null;
}

describe('the screen wake lock', () => {
  it('is requested while the session is open, again when the page is shown, and released on leave', async () => {
    const release = vi.fn(() => Promise.resolve());
    const sentinel = { released: false, release };
    const request = vi.fn(() => Promise.resolve(sentinel));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    const { unmount } = render(<KeepAwake />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(request).toHaveBeenCalledWith('screen');
    // Hidden, the browser lets go of the lock; shown again, the app asks afresh.
    sentinel.released = true;
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });
    expect(request).toHaveBeenCalledTimes(2);
    sentinel.released = false;
    unmount();
    expect(release).toHaveBeenCalled();
    Reflect.deleteProperty(navigator, 'wakeLock');
  });

  it('does nothing, and throws nothing, where the API is missing or refuses', async () => {
    expect('wakeLock' in navigator).toBe(false);
    expect(() => {
      render(<KeepAwake />).unmount();
    }).not.toThrow();
    const request = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    const { unmount } = render(<KeepAwake />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(request).toHaveBeenCalled();
    unmount();
    Reflect.deleteProperty(navigator, 'wakeLock');
  });
});

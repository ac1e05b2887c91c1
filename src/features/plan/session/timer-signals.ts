// The end of a rest or a hold is signalled by a short generated tone and a vibration where the
// device allows (docs/domain.md §5b rule 11); each is feature-detected, so a browser without
// Web Audio or navigator.vibrate simply shows the count and says "Rest over" in the live region.

type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

function audioClass(): AudioContextClass | undefined {
  const w = window as unknown as {
    AudioContext?: AudioContextClass;
    webkitAudioContext?: AudioContextClass;
  };
  return w.AudioContext ?? w.webkitAudioContext;
}

/**
 * Opens (or resumes) the audio context from a tap: browsers only let sound start after the
 * person has touched the page, so the tap that starts a rest or hold unlocks the tone at its end.
 */
export function unlockSound() {
  try {
    const Audio = audioClass();
    if (!Audio) return;
    context ??= new Audio();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
  } catch {
    context = null;
  }
}

/** A short two-note chime, generated (no audio file), then a short vibration. */
export function signalEnd() {
  try {
    if (context === null) unlockSound();
    if (context !== null) {
      const start = context.currentTime;
      for (const [offset, pitch] of [
        [0, 880],
        [0.18, 1175],
      ] as const) {
        const tone = context.createOscillator();
        const gain = context.createGain();
        tone.frequency.value = pitch;
        gain.gain.setValueAtTime(0.2, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.16);
        tone.connect(gain).connect(context.destination);
        tone.start(start + offset);
        tone.stop(start + offset + 0.17);
      }
    }
  } catch {
    // No sound on this device: the count and the live region still say it ended.
  }
  if (typeof navigator.vibrate === 'function') navigator.vibrate([200, 100, 200]);
}

/** For tests: forget the audio context, as a fresh page load would. */
export function resetSoundForTests() {
  context = null;
}

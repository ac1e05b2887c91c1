import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { finishSession } from '../../../data/plan/plan-actions';
import type { SessionOnDay } from '../../../data/plan/plan-queries';
import type { Plan } from '../../../domain/plan';
import { factsFor } from '../../../domain/progression';
import type { Effort } from '../../../domain/plan';
import type { FieldErrors } from '../../../domain/common';
import { showToast } from '../../../ui/toast';
import { useDayDraft } from './session-draft';
import { SessionExercise } from './session-exercise';
import { answersFor, nextSet, setKey, type SetAmount } from './session-progress';
import { useSaveSet } from './session-save';
import { SessionSkipped } from './session-skipped';
import { SetsDone } from './sets-done';
import { PainStop } from './pain-stop';
import { lighterVersion, painStops, STOP_PAIN } from '../../../domain/review';
import { LighterOffer, type WeekSpasms } from './session-lighter';
import { useSessionTimers } from './session-timers';
import { unlockSound } from './timer-signals';
import { useWakeLock } from './use-wake-lock';

type SessionRunnerProps = { day: string; plan: Plan; onDay: SessionOnDay; spasms: WeekSpasms };

/**
 * Runs a session from the sets saved so far: every set is stored the moment it is done, and what
 * isn't a set (skips, answers in progress, the rest) is kept in the day's draft.
 */
export function SessionRunner({ day, plan, onDay, spasms }: SessionRunnerProps) {
  const { session, sets } = onDay;
  const [resumed] = useState(() => sets.length > 0 && session?.completedAt === undefined);
  const { draft, change, clear } = useDayDraft(day);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [announcement, setAnnouncement] = useState('');
  // After a set: 'heading' when a new exercise comes up, 'bar' for the same one's next set.
  const [acted, setActed] = useState<'heading' | 'bar' | null>(null);
  const navigate = useNavigate();
  useWakeLock();
  // The one-tap lighter version after a spasm this week (docs/domain.md §5b rule 1): for today only.
  const exercises = useMemo(
    () => (draft.lighter ? plan.exercises.map((e) => lighterVersion(e, plan)) : plan.exercises),
    [draft.lighter, plan],
  );
  // Exercises stopped for pain today are derived from the saved sets, like the next set itself.
  const stops = painStops(sets);
  const skipped = new Set([...draft.skipped, ...stops.stopped]);
  const next = nextSet(exercises, sets, skipped);
  const key = next && setKey(next.exercise.exerciseId, next.setNumber);
  const answers = answersFor(next, sets, draft.answers);
  const { busy, save } = useSaveSet(day, session?.id ?? null, key);
  const timers = useSessionTimers({
    day,
    draft,
    change,
    sets,
    announce: setAnnouncement,
    onTapEnd: useCallback(() => {
      setActed('bar');
    }, []),
  });

  // A refused set: take the person to the first question still unanswered.
  useEffect(() => {
    const field = ['effort', 'painDuring'].find((name) => name in errors);
    if (field) document.querySelector<HTMLElement>(`[data-field="${field}"] input`)?.focus();
  }, [errors]);

  const answer = (patch: { effort?: Effort; pain?: number }) => {
    if (key === null) return;
    const own = draft.answers?.set === key ? draft.answers : { set: key };
    change(day, { answers: { ...own, ...patch } });
  };

  async function done(amount: SetAmount) {
    if (next === null || busy) return;
    unlockSound();
    const { effort, pain } = answers;
    const missing: FieldErrors = {};
    if (effort === undefined) missing.effort = 'Choose how hard the set felt';
    if (pain === undefined) missing.painDuring = 'Choose your pain during the set, from 0 to 10';
    if (effort === undefined || pain === undefined) {
      setErrors(missing);
      return;
    }
    const saved = await save({
      exerciseId: next.exercise.exerciseId,
      setNumber: next.setNumber,
      reps: amount.reps,
      ...(amount.loadKg === undefined ? {} : { loadKg: amount.loadKg }),
      ...(amount.holdSeconds === undefined ? {} : { holdSeconds: amount.holdSeconds }),
      effort,
      painDuring: pain,
    });
    if (saved === null) return;
    if (!saved.ok) {
      setErrors(saved.errors);
      return;
    }
    setErrors({});
    const stored = sets.some((set) => set.id === saved.value.id) ? sets : [...sets, saved.value];
    const stoppedNow = pain >= STOP_PAIN;
    const after = nextSet(exercises, stored, new Set([...skipped, ...painStops(stored).stopped]));
    const same = after?.exercise.exerciseId === next.exercise.exerciseId;
    setActed(same ? 'bar' : 'heading');
    if (stoppedNow) {
      change(day, { restUntil: null, holdUntil: null });
      setAnnouncement(
        `Set saved. Pain ${String(pain)}/10: stop ${factsFor(next.exercise).name} for today. Its remaining sets are stopped for pain, not missed.`,
      );
      return;
    }
    if (after === null) {
      change(day, { restUntil: null, holdUntil: null });
      setAnnouncement('Set saved. That was the last set: finish the session when you are ready.');
      return;
    }
    // Rest by the type of the exercise just done (docs/domain.md §5b rule 11).
    const rest = timers.startRest(next.exercise, amount.holdSeconds);
    setAnnouncement(
      `Set saved. Rest ${String(rest)} seconds, then set ${String(after.setNumber)} of ${factsFor(after.exercise).name}.`,
    );
  }

  async function finish() {
    if (session === null) return;
    const saved = await finishSession(session.id);
    if (!saved.ok) {
      setErrors(saved.errors);
      return;
    }
    // The day's session is over: its skips and rest mean nothing tomorrow.
    clear();
    showToast({ text: 'Session saved' });
    void navigate('/plan');
  }

  const formError = Object.entries(errors).find(
    ([name]) => name !== 'effort' && name !== 'painDuring',
  );
  return (
    <div className="session">
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {resumed ? (
        <p className="notice">
          Picking up where you left off: {sets.length} set{sets.length === 1 ? '' : 's'} already
          saved.
        </p>
      ) : null}
      {plan.findingBaseline && next ? (
        <p className="notice">
          Baseline week: do each set as prescribed, or less if that feels like too much. If you do
          something else, change the reps or load before you save the set: the weekly review sets
          your baseline from what stayed easy to moderate.
        </p>
      ) : null}
      {!plan.findingBaseline && next?.exercise.findingBaseline ? (
        <p className="notice">
          First week at {factsFor(next.exercise).name}: do each set as prescribed, or less if that
          feels like too much. The weekly review sets it from what stayed easy to moderate; your
          other exercises carry on as usual.
        </p>
      ) : null}
      {formError ? (
        <p role="alert" className="notice form-alert">
          {formError[1]}
        </p>
      ) : null}
      {spasms.thisWeek && (sets.length === 0 || draft.lighter) && !session?.completedAt ? (
        <LighterOffer
          lighter={draft.lighter}
          canChange={sets.length === 0}
          onChange={(lighter) => {
            change(day, { lighter });
          }}
        />
      ) : null}
      <PainStop plan={plan} stops={stops} episodes={spasms.episodes} onEnd={() => void finish()} />
      {next ? (
        <SessionExercise
          next={next}
          plan={plan}
          day={day}
          timer={timers.timer}
          claimFocus={acted === 'bar'}
          onStartHold={(seconds) => {
            timers.startHold(next.exercise, seconds);
          }}
          answers={answers}
          errors={errors}
          busy={busy}
          takeFocus={acted === 'heading'}
          onEffort={(effort) => {
            answer({ effort });
          }}
          onPain={(pain) => {
            answer({ pain });
          }}
          onDone={(amount) => void done(amount)}
          onSkip={() => {
            change(day, {
              skipped: [...draft.skipped, next.exercise.exerciseId],
              restUntil: null,
              holdUntil: null,
            });
            setActed('heading');
          }}
        />
      ) : (
        <section className="card" aria-labelledby="all-done-heading">
          <h2 id="all-done-heading">
            {session?.completedAt ? 'Session finished' : 'All exercises done'}
          </h2>
          <p>Well done. Tomorrow morning the check-in asks how your back feels after it.</p>
        </section>
      )}
      <SessionSkipped
        plan={plan}
        skipped={draft.skipped}
        onBringBack={(exerciseId) => {
          change(day, { skipped: draft.skipped.filter((id) => id !== exerciseId) });
          setActed('heading');
        }}
      />
      <SetsDone plan={plan} sets={sets} />
      {session !== null ? (
        <p>
          <button
            type="button"
            className="button button-primary button-wide"
            onClick={() => void finish()}
          >
            Finish session
          </button>
        </p>
      ) : null}
    </div>
  );
}

import { redFlagQuestion } from '../../domain/safety';
import { screeningOutcomeLabels, type Screening } from '../../domain/safety';
import { pendingDoctorVisit } from '../../domain/safety';
import { markDoctorSeen, useScreenings } from '../../data/safety/screening-queries';
import { formatDayAndTime, formatLongDay, listNeedsYear, plural } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { showToast } from '../../ui/toast';

const textOf = (id: string) => redFlagQuestion(id)?.text ?? 'A question no longer asked';

/** The yes answers; a sign asked "new or changed since checked?" says so. */
function yesAnswers(screening: Screening): string[] {
  const since = new Set(screening.askedSinceChecked ?? []);
  return Object.entries(screening.answers)
    .filter(([, answer]) => answer)
    .map(([id]) => (since.has(id) ? `${textOf(id)} (new or changed)` : textOf(id)));
}

function markSeen(id: string) {
  void markDoctorSeen(id).then((result) => {
    showToast({
      text: result.ok ? 'Marked as seen a doctor' : 'That could not be saved. Try again.',
    });
  });
}

/** Past checks, newest first, with "I've seen a doctor" on the one still waiting for a visit. */
export function ScreeningHistory() {
  const screenings = useScreenings();
  if (!screenings) return <Loading label="Loading your past checks…" />;
  const pending = pendingDoctorVisit(screenings.records);
  const withYear = listNeedsYear(screenings.records.map((s) => s.takenAt));
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Your past checks</h2>
      {screenings.unreadable > 0 ? (
        <p className="notice">
          {plural(screenings.unreadable, 'saved check')} could not be read. Nothing was deleted.
        </p>
      ) : null}
      {screenings.records.length === 0 ? <p>No checks yet.</p> : null}
      <ul className="plain-list">
        {screenings.records.map((screening) => {
          const yes = yesAnswers(screening);
          const when = formatDayAndTime(screening.takenAt, { withYear });
          return (
            <li key={screening.id} className="card">
              <h3 className="history-title">
                {when}: {screeningOutcomeLabels[screening.outcome]}
              </h3>
              <p>
                {yes.length > 0
                  ? `Yes to: ${yes.join('; ')}.`
                  : screening.notSure?.length
                    ? 'No to every sign answered.'
                    : 'No to every sign.'}
              </p>
              {screening.notSure && screening.notSure.length > 0 ? (
                <p>Not sure about: {screening.notSure.map(textOf).join('; ')}.</p>
              ) : null}
              {screening.seenDoctorOn ? (
                <p>Saw a doctor on {formatLongDay(screening.seenDoctorOn)}.</p>
              ) : null}
              {pending?.id === screening.id ? (
                <button
                  type="button"
                  className="button"
                  aria-label={`I've seen a doctor about the check of ${when}`}
                  onClick={() => {
                    markSeen(screening.id);
                  }}
                >
                  I&apos;ve seen a doctor
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { Link } from 'react-router';
import { redFlagQuestion } from '../../domain/red-flags';
import { markDoctorSeen, usePendingDoctorVisit } from '../../data/screening-queries';
import { formatDayAndTime } from '../../ui/format';
import { showToast } from '../../ui/toast';

/**
 * A "see a doctor soon" safety-check result, kept on Today until the person says they have seen a
 * doctor (issue 5). Renders nothing when no such result is waiting, or while loading.
 */
export function DoctorVisitCard() {
  const pending = usePendingDoctorVisit();
  if (!pending) return null;
  const signs = Object.entries(pending.answers)
    .filter(([, answer]) => answer)
    .flatMap(([id]) => redFlagQuestion(id)?.text ?? []);
  return (
    <section className="card notice" aria-labelledby="doctor-visit-heading">
      <h2 id="doctor-visit-heading">See a doctor soon</h2>
      <p>
        Your safety check of {formatDayAndTime(pending.takenAt)} found signs worth an urgent
        appointment{signs.length > 0 ? `: ${signs.join('; ')}.` : '.'}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            void markDoctorSeen(pending.id).then((result) => {
              showToast({
                text: result.ok ? 'Marked as seen a doctor' : 'That could not be saved. Try again.',
              });
            });
          }}
        >
          I&apos;ve seen a doctor
        </button>
        <Link to="/safety-check" className="button">
          Safety check
        </Link>
      </p>
    </section>
  );
}

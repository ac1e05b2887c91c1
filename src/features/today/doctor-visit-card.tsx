import { Link } from 'react-router';
import { redFlagQuestion } from '../../domain/safety';
import type { Screening } from '../../domain/safety';
import { markDoctorSeenFromToday } from '../../data/today/today-actions';
import { formatDayAndTime } from '../../ui/format';
import { showToast } from '../../ui/toast';

/**
 * A "see a doctor soon" safety-check result, kept on Today until the person says they have seen a
 * doctor (issue 5).
 */
export function DoctorVisitCard({ pending }: { pending: Screening }) {
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
            void markDoctorSeenFromToday(pending.id).then((saved) => {
              showToast({
                text: saved ? 'Marked as seen a doctor' : 'That could not be saved. Try again.',
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

import { PageTitle } from '../../ui/page-title';

// Worded from the NHS back pain pages and the cauda equina warning cards (docs/domain.md §3).
// It never names a diagnosis: each list says what to do, not what it might be.
const emergencySigns = [
  'New numbness, tingling or weakness in both legs',
  'Numbness around your genitals or buttocks, or altered feeling when you wipe',
  'Difficulty peeing, or difficulty starting or controlling urine',
  'Loss of bladder or bowel control, or leaking you did not notice',
  'New problems with sexual function',
  'Chest pain',
  'Back pain after a serious accident or fall',
];

const soonSigns = [
  'A high temperature, or you feel hot and shivery',
  'Weight loss you cannot explain',
  'A lump or swelling in your back, or a change in its shape',
  'Pain that does not ease with rest, or is worse at night',
  'Pain when you sneeze, cough or go to the toilet',
  'Pain between your shoulder blades',
  'You have had cancer in the past',
  'Nothing you do changes the pain, better or worse',
];

/** A plain page on when a back spasm needs a doctor or emergency care. */
export function SeekCarePage() {
  return (
    <>
      <PageTitle>When to seek care</PageTitle>
      <p>
        Most back spasms are muscular and settle with time. A few signs mean you should get checked.
        This page cannot tell what is causing your pain; it tells you when to get help.
      </p>
      <section className="card urgent" aria-labelledby="emergency-heading">
        <h2 id="emergency-heading">Get emergency care now</h2>
        <p>
          <strong>Call emergency services or go to the emergency department</strong> if you have any
          of these:
        </p>
        <ul>
          {emergencySigns.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="soon-heading">
        <h2 id="soon-heading">See a doctor soon</h2>
        <p>Ask for an urgent appointment if you have any of these with your back pain:</p>
        <ul>
          {soonSigns.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="otherwise-heading">
        <h2 id="otherwise-heading">Otherwise</h2>
        <p>
          When some movements make the pain better and you have no history of cancer, a serious
          cause is very unlikely. Still, if something feels off or not muscular, see a doctor.
        </p>
      </section>
    </>
  );
}

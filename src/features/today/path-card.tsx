import { Link } from 'react-router';
import { pathStep, type PathInput } from '../../domain/guide';

/** The current step of the path and what moves the person on. */
export function PathCard(input: PathInput) {
  const step = pathStep(input);
  return (
    <section className="card" aria-labelledby="path-heading">
      <h2 id="path-heading">{step.title}</h2>
      <p>{step.next}</p>
      <p className="link-line">
        <Link to={step.step === 1 ? '/patterns' : '/plan'}>
          {step.step === 1 ? 'See your patterns' : 'See your plan'}
        </Link>
      </p>
    </section>
  );
}

import { Link } from 'react-router';
import type { TriggerAdvice } from '../../domain/triggers';

type TriggerAdviceNoteProps = {
  advice: TriggerAdvice;
  /** The heading's id, unique on the page (one note per finding). */
  id: string;
  name: string;
  /** The heading level under the surrounding one (a card's h3, or a page's h1). */
  level: 2 | 4;
};

/**
 * What to do with a possible or likely trigger: preparation and graded practice, not avoidance
 * (docs/domain.md §2 and §6), with the way to the plan and the beliefs journal.
 */
export function TriggerAdviceNote({ advice, id, name, level }: TriggerAdviceNoteProps) {
  const Heading = level === 2 ? 'h2' : 'h4';
  return (
    <section className="trigger-advice" aria-labelledby={id}>
      <Heading id={id}>
        What to do next <span className="visually-hidden">about {name}</span>
      </Heading>
      <ul>
        {advice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <p className="link-line">
        <Link to="/plan">
          See your plan <span className="visually-hidden">for {name}</span>
        </Link>{' '}
        ·{' '}
        <Link to="/beliefs">
          Open the beliefs journal <span className="visually-hidden">about {name}</span>
        </Link>
      </p>
    </section>
  );
}

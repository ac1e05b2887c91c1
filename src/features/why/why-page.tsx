import { Link } from 'react-router';
import { PageTitle } from '../../ui/page-title';

// The five reasons from the physiotherapist's article (docs/domain.md §0), each with the part
// of the app that answers it.
const reasons = [
  {
    title: 'An everyday activity may be setting it off',
    text: "Often a particular activity comes before a spasm: lifting a case of water, bending over a crib, moving furniture. It isn't always clear, and it's hard to spot alone. Logging spasms and your days shows whether one stands out.",
    link: { to: '/patterns', label: 'Find your triggers: log spasms and check in daily' },
  },
  {
    title: 'Your back muscles are not yet strong enough for what you ask of them',
    text: 'Muscles without enough strength or endurance for your day go into spasm to protect you. Gradual, easy-moderate exercise builds both.',
    link: { to: '/plan', label: 'Your exercise plan' },
  },
  {
    title: 'The muscles have become sensitive to certain movements',
    text: 'After an old injury or many episodes, muscles can react to movements that are not harmful. Slowly re-exposing the movement, and testing your predictions, calms this down.',
    link: { to: '/beliefs', label: 'Beliefs journal and experiments' },
  },
  {
    title: 'Rarely, a medical condition',
    text: 'A few signs mean a back needs a doctor rather than exercise. A short check tells you when to get checked.',
    link: { to: '/safety-check', label: 'Take the safety check' },
  },
  {
    title: 'A medicine',
    text: 'Some medicines, statins among them, can cause cramps or muscle pain. Noting when you start or change one lets you see whether spasms changed.',
    link: { to: '/medications', label: 'Medicines and cramps' },
  },
];

/** Route /why: "Why do my spasms keep coming back?", in plain words, each reason with its answer. */
export function WhyPage() {
  return (
    <>
      <PageTitle>Why do my spasms keep coming back?</PageTitle>
      <p>
        A physiotherapist would name five reasons. Most people have one or two of them. Each has a
        part of Steadyback that helps.
      </p>
      <ol className="why-list">
        {reasons.map((reason) => (
          <li key={reason.title} className="card">
            <h2>{reason.title}</h2>
            <p>{reason.text}</p>
            <p className="link-line">
              <Link to={reason.link.to}>{reason.link.label}</Link>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

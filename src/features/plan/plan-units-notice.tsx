import { Link } from 'react-router';
import type { Plan } from '../../domain/plan';
import { planUnitsOtherThan } from '../../domain/progression';
import type { Units } from '../../domain/settings';
import { unitsWords } from '../../domain/progression';

/**
 * Shown when the plan's weights are in other units than the settings (the person switched kg to
 * lb): they keep reading in their own units until the person saves the plan again, which moves
 * each down to the nearest weight in the new units and records it. Never converted silently.
 */
export function PlanUnitsNotice({ plan, units }: { plan: Plan; units: Units }) {
  const other = planUnitsOtherThan(plan, units);
  if (other === undefined) return null;
  const from = unitsWords[other].many;
  const to = unitsWords[units];
  return (
    <section className="card notice" aria-labelledby="plan-units-heading">
      <h2 id="plan-units-heading">Your weights are in {from}</h2>
      <p>
        Your settings say {to.many}. Change your plan and save it to switch: each weight goes down
        to the nearest {to.one} weight, never up, and the change is recorded in your history.
      </p>
      <p>
        <Link to="/plan/setup" className="button">
          Switch my weights to {to.many}
        </Link>
      </p>
    </section>
  );
}

import { Link, useSearchParams } from 'react-router';
import { systemClock } from '../../../data/clock';
import { useCurrentPlan, useSessionOn } from '../../../data/plan/plan-queries';
import { EmptyState } from '../../../ui/empty-state';
import { Loading } from '../../../ui/loading';
import { PageTitle } from '../../../ui/page-title';
import { formatShortDay } from '../../../ui/format';
import { SessionRunner } from './session-runner';
import { useWeekSpasms } from './session-lighter';
import '../plan.css';

/** Route /plan/session (?day=YYYY-MM-DD for a planned day already past): the session, set by set. */
export function SessionPage() {
  const [params] = useSearchParams();
  const { today } = systemClock();
  const asked = params.get('day') ?? today;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asked) && asked <= today;
  const day = valid ? asked : today;
  const plan = useCurrentPlan();
  const onDay = useSessionOn(day);
  // Read with the session, not after it: the lighter-session offer drawn later would push the
  // answers down under a finger about to tap one.
  const spasms = useWeekSpasms(day);
  const title = day === today ? "Today's session" : `Session of ${formatShortDay(day)}`;
  if (plan === undefined || onDay === undefined || spasms === undefined) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Loading label="Opening the session…" />
      </>
    );
  }
  if (plan === null || plan.exercises.length === 0) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <EmptyState
          title="No exercises yet"
          action={
            <Link to="/plan/setup" className="button button-primary">
              Set up your plan
            </Link>
          }
        >
          <p>Set up your plan first: your days, your equipment and where to start.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {valid ? null : (
        <p className="notice">That day hasn&apos;t come yet, so this is today&apos;s session.</p>
      )}
      <SessionRunner key={day} day={day} plan={plan} onDay={onDay} spasms={spasms} />
    </>
  );
}

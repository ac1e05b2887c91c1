import { Link } from 'react-router';
import { systemClock } from '../../data/clock';
import { usePlanChanges, useCurrentPlan } from '../../data/plan/plan-queries';
import { useSettings } from '../../data/settings/settings-queries';
import { EmptyState } from '../../ui/empty-state';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { FlareToggle } from './flare-toggle';
import { LadderList } from './ladder-list';
import { PhaseSummary } from './phase-summary';
import { PlanHistory } from './plan-history';
import { PlanUnitsNotice } from './plan-units-notice';
import { ReviewSection } from './review-section';
import { WeekSessions } from './week-sessions';
import './plan.css';

/** Route /plan: the phase, this week, the ladders, the latest review, flare mode and history. */
export function PlanPage() {
  const plan = useCurrentPlan();
  const changes = usePlanChanges();
  const settings = useSettings();
  if (plan === undefined || changes === undefined || settings === undefined) {
    return (
      <>
        <PageTitle>Exercise plan</PageTitle>
        <Loading />
      </>
    );
  }
  if (plan === null) {
    return (
      <>
        <PageTitle>Exercise plan</PageTitle>
        <EmptyState
          title="No plan yet"
          action={
            <Link to="/plan/setup" className="button button-primary">
              Set up your plan
            </Link>
          }
        >
          <p>
            Your weekly plan starts with exercises light enough not to aggravate your back, then
            builds slowly toward three destination exercises: bent-over rows for endurance,
            deadlifts for strength and supermans for extension.
          </p>
          <p>Setting it up takes a minute: your training days, your equipment, where to start.</p>
        </EmptyState>
      </>
    );
  }
  const { today } = systemClock();
  return (
    <>
      <PageTitle>Exercise plan</PageTitle>
      <PhaseSummary plan={plan} changes={changes} />
      <ReviewSection plan={plan} changes={changes} settings={settings} today={today} />
      <WeekSessions plan={plan} weekStartsOn={settings.weekStartsOn} today={today} />
      <PlanUnitsNotice plan={plan} units={settings.units} />
      <LadderList plan={plan} />
      <FlareToggle plan={plan} today={today} />
      <PlanHistory changes={changes} />
      <p className="link-line">
        <Link to="/plan/setup">Change days, equipment or starting levels</Link>
      </p>
    </>
  );
}

import { Link } from 'react-router';
import { systemClock } from '../../data/clock';
import { useCheckinOn, useHadSessionOn } from '../../data/episodes/checkin-queries';
import { usePlanChanges, useCurrentPlan, useTrainedDays } from '../../data/plan/plan-queries';
import { useSettings } from '../../data/settings/settings-queries';
import { addDays } from '../../domain/episodes';
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
  const { today } = systemClock();
  const plan = useCurrentPlan();
  const changes = usePlanChanges();
  const settings = useSettings();
  // Everything the sections show is read at once, with the plan: a section read after it would
  // draw later and push the page down under a finger about to tap (the week's days and any week
  // start lie within 6 days of today).
  const trainedNear = useTrainedDays(addDays(today, -6), addDays(today, 6));
  const sessionYesterday = useHadSessionOn(addDays(today, -1));
  const checkin = useCheckinOn(today);
  if (
    plan === undefined ||
    changes === undefined ||
    settings === undefined ||
    trainedNear === undefined ||
    sessionYesterday === undefined ||
    checkin === undefined
  ) {
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
  return (
    <>
      <PageTitle>Exercise plan</PageTitle>
      <PhaseSummary plan={plan} changes={changes} />
      <ReviewSection
        plan={plan}
        changes={changes}
        settings={settings}
        today={today}
        sessionYesterday={sessionYesterday}
        morningAnswered={checkin?.morningAfterSession !== undefined}
      />
      <WeekSessions
        plan={plan}
        weekStartsOn={settings.weekStartsOn}
        today={today}
        trainedNear={trainedNear}
      />
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

import { useDeferredValue } from 'react';
import { Link } from 'react-router';
import { recentCounts, spasmsToAskAbout } from '../../domain/episodes';
import { dayOfInstant, systemClock } from '../../data/clock';
import { useToday } from '../../data/today/today-queries';
import { EmptyState } from '../../ui/empty-state';
import { RecentCounts } from '../../ui/recent-counts';
import { BackupReminderCard } from './backup-reminder-card';
import { CheckinCard } from './checkin-card';
import { PathCard } from './path-card';
import { PlanCard } from './plan-card';
import { reviewHints } from './review-hints';
import { TodayLoading } from './today-loading';
import { loadable, useLoadable } from './loadable';
import { WelcomeCard } from './welcome-card';

const now = () => systemClock().now;

// Cards Today shows only in rare states (a spasm still going, a doctor visit waiting), with what
// they need to act: their own chunk, loaded at once when needed, otherwise soon after, so they
// are ready if the state changes while Today is open. Until loaded, Today keeps its placeholder,
// so the cards all appear together and nothing on screen moves.
const rareCards = loadable(() => import('./rare-cards'));

/**
 * Today's data: loaded as its own chunk after the frame has rendered, so the first screen does
 * not wait for the database code (see scripts/check-size.mjs). Every card comes from one read
 * (useToday) and they appear together, in place of the placeholder: nothing on screen moves.
 */
export function TodaySummary() {
  const { today } = systemClock();
  // Deferred: the cards render in a transition, in slices, rather than in one long task.
  const data = useDeferredValue(useToday(today, now));
  // Only spasms under a day old are asked about (issue 20); older ones read "end not recorded".
  const asked = data ? spasmsToAskAbout(data.unfinished, systemClock().now) : [];
  const hints = data && reviewHints(data, today);
  const needsRare =
    data !== undefined &&
    (data.pendingDoctorVisit !== null ||
      asked.length > 0 ||
      hints?.spasmToday === true ||
      hints?.reviewMaybe === true);
  const rare = useLoadable(rareCards, needsRare);
  if (!data) return <TodayLoading />;
  const { settings, plan } = data;
  const { DoctorVisitCard, UnfinishedEpisodesCard, TodayReviewCards } = rare ?? {};
  if (needsRare && !rare) return <TodayLoading />;
  return (
    <>
      {settings.onboarding === 'not-started' ? <WelcomeCard /> : null}
      {data.pendingDoctorVisit && DoctorVisitCard ? (
        <DoctorVisitCard pending={data.pendingDoctorVisit} />
      ) : null}
      <CheckinCard checkin={data.checkin} />
      {TodayReviewCards ? <TodayReviewCards data={data} today={today} /> : null}
      <PathCard
        spasms={data.spasms}
        checkinDays={data.checkinDays}
        plan={plan}
        streak={data.streak}
      />
      <PlanCard
        plan={plan}
        today={today}
        trainedDays={data.trainedDays}
        spasmToday={hints?.spasmToday === true}
      />
      {data.spasms === 0 ? (
        <EmptyState
          title="Your day at a glance"
          action={
            <Link to="/log/new" className="button button-primary">
              Log a spasm
            </Link>
          }
        >
          <p>
            Nothing is logged yet. When your back goes into spasm, tap <strong>Log spasm</strong>:
            it takes three taps. Over the weeks, Today will show your check-in, today&apos;s
            exercises and how long it has been since your last spasm.
          </p>
        </EmptyState>
      ) : (
        <>
          <RecentCounts {...recentCounts(data.recentEpisodes, today, dayOfInstant)} />
          {UnfinishedEpisodesCard ? <UnfinishedEpisodesCard episodes={asked} /> : null}
          <p className="link-line">
            <Link to="/log">See your spasm log</Link>
          </p>
        </>
      )}
      <BackupReminderCard lastBackupAt={settings.lastBackupAt} unbacked={data.unbacked} />
    </>
  );
}

import { Link, useNavigate, useParams } from 'react-router';
import { daySchema } from '../../domain/common';
import { addDays } from '../../domain/episodes';
import { useRankedActivities } from '../../data/activity-queries';
import { saveCheckin, useCheckinOn, useHadSessionOn } from '../../data/checkin-queries';
import { systemClock } from '../../data/clock';
import { formatLongDay } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { checkinDraftOf, draftFrom, draftToInput, type CheckinDraft } from './checkin-draft';
import { CheckinForm } from './checkin-form';

/** Routes /checkin (today) and /checkin/:day (an earlier day, 'YYYY-MM-DD'): one check-in a day. */
export function CheckinPage() {
  const params = useParams();
  const today = systemClock().today;
  const day = params.day ?? today;
  const valid = daySchema.safeParse(day).success && day <= today;
  const title =
    day === today ? "Today's check-in" : `Check-in for ${valid ? formatLongDay(day) : 'that day'}`;

  if (!valid) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <p className="notice">
          You can check in for today or any earlier day, written as year-month-day.
        </p>
        <p className="link-line">
          <Link to="/checkin">Check in for today</Link>
        </p>
      </>
    );
  }
  return <CheckinDay day={day} title={title} />;
}

function CheckinDay({ day, title }: { day: string; title: string }) {
  const stored = useCheckinOn(day);
  const activities = useRankedActivities();
  const hadSession = useHadSessionOn(addDays(day, -1));
  const navigate = useNavigate();

  // The heading shows at once, so the shell can move focus to it straight after navigation.
  if (stored === undefined || !activities || hadSession === undefined) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Loading label="Opening the check-in…" />
      </>
    );
  }

  async function save(draft: CheckinDraft) {
    const input = draftToInput(draft, day);
    if (!input.ok) return input.errors;
    const saved = await saveCheckin(input.value);
    if (!saved.ok) return saved.errors;
    showToast({ text: 'Check-in saved' });
    void navigate('/');
    return null;
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {stored ? (
        <p className="muted">You checked in on this day already: changes replace it.</p>
      ) : null}
      <CheckinForm
        key={stored?.id ?? 'new'}
        initial={draftFrom(stored)}
        draft={checkinDraftOf(day)}
        activities={activities}
        askMorningAfter={hadSession || stored?.morningAfterSession !== undefined}
        onSave={save}
      />
    </>
  );
}

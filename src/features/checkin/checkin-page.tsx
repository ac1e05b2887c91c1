import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { daySchema, mergeFields, revisionOf, type FieldErrors } from '../../domain/common';
import type { Checkin } from '../../domain/episodes';
import type { ActivityChoice } from '../../domain/logging';
import { addDays } from '../../domain/episodes';
import { useRankedActivities } from '../../data/episodes/activity-queries';
import {
  saveCheckin,
  useCheckinOn,
  useHadSessionOn,
  type CheckinInput,
} from '../../data/episodes/checkin-queries';
import { systemClock } from '../../data/clock';
import { useErasures } from '../../data/erase';
import { isConflict, type Saved } from '../../data/repository';
import { ConflictPanel } from '../../ui/conflict-panel';
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
  const erasures = useErasures();

  // The heading shows at once, so the shell can move focus to it straight after navigation.
  if (stored === undefined || !activities || hadSession === undefined) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Loading label="Opening the check-in…" />
      </>
    );
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <CheckinEditor
        key={`${day}-${String(erasures)}`}
        day={day}
        opened={stored}
        activities={activities}
        hadSession={hadSession}
      />
    </>
  );
}

type EditorProps = {
  day: string;
  /** The day's check-in when the form opened (null: none yet). */
  opened: Checkin | null;
  activities: readonly ActivityChoice[];
  hadSession: boolean;
};
type Conflicted = { theirs: Checkin | null; mine: CheckinInput; error?: string };

const clashWords: Record<string, string> = {
  backPain: 'how your back is',
  activityIds: 'what you did',
  morningAfterSession: 'the morning after exercise',
  notes: 'notes',
};

/**
 * The form over the check-in it opened with (`base`): another tab's save of the same day, before
 * or during typing, never replaces what is typed here, and saving over it asks first
 * (docs/architecture.md, concurrent edits).
 */
function CheckinEditor({ day, opened, activities, hadSession }: EditorProps) {
  const [base, setBase] = useState(opened);
  const [formKey, setFormKey] = useState(0);
  const [conflict, setConflict] = useState<Conflicted | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  // No check-in on the day: every answer blank.
  const empty: Partial<CheckinInput> = { day, activityIds: [] };

  function settle(saved: Saved<Checkin>, mine: CheckinInput): FieldErrors | null {
    if (saved.ok) {
      showToast({ text: 'Check-in saved' });
      void navigate('/');
      return null;
    }
    if (isConflict(saved)) {
      setConflict({ theirs: saved.conflict.current, mine });
      return {};
    }
    return saved.errors;
  }

  async function save(draft: CheckinDraft) {
    const input = draftToInput(draft, day);
    if (!input.ok) return input.errors;
    const expectedRevision = revisionOf(base);
    return settle(await saveCheckin(input.value, systemClock(), { expectedRevision }), input.value);
  }

  const merged = conflict
    ? mergeFields<Partial<CheckinInput>>(base ?? empty, conflict.mine, conflict.theirs ?? empty)
    : null;

  async function resolve(input: CheckinInput) {
    if (!conflict) return;
    setBusy(true);
    const expectedRevision = revisionOf(conflict.theirs);
    const saved = await saveCheckin(input, systemClock(), { expectedRevision });
    const refused = settle(saved, conflict.mine);
    setBusy(false);
    if (refused && !isConflict(saved)) {
      setConflict({ ...conflict, error: Object.values(refused)[0] ?? 'This could not be saved.' });
    }
  }

  return (
    <>
      {base ? (
        <p className="muted">You checked in on this day already: changes replace it.</p>
      ) : null}
      {conflict ? (
        <ConflictPanel
          thing="check-in"
          clashes={
            merged && !merged.ok ? merged.conflicts.map((key) => clashWords[key] ?? key) : []
          }
          busy={busy}
          error={conflict.error}
          onKeepMine={() => void resolve(conflict.mine)}
          onKeepBoth={() => {
            if (merged?.ok) void resolve({ ...(merged.value as CheckinInput), day });
          }}
          onTakeTheirs={() => {
            checkinDraftOf(day).clear();
            setBase(conflict.theirs);
            setFormKey((key) => key + 1);
            setConflict(null);
          }}
        />
      ) : null}
      <CheckinForm
        key={formKey}
        initial={draftFrom(base)}
        draft={checkinDraftOf(day)}
        activities={activities}
        askMorningAfter={hadSession || base?.morningAfterSession !== undefined}
        onSave={save}
        pastDay={day === systemClock().today ? undefined : formatLongDay(day)}
      />
    </>
  );
}

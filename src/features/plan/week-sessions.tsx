import { Link } from 'react-router';
import { dayOfInstant } from '../../data/clock';
import { weekStart } from '../../domain/episodes';
import type { Plan } from '../../domain/plan';
import { weekSchedule, type TrainingDayStatus } from '../../domain/progression';
import { formatShortDay } from '../../ui/format';

const statusLabels: Record<TrainingDayStatus, string> = {
  done: 'Done',
  missed: 'Missed',
  today: 'Today',
  upcoming: 'Coming up',
};

type WeekSessionsProps = {
  plan: Plan;
  weekStartsOn: 0 | 1;
  today: string;
  /**
   * The days trained from 6 days before today to 6 after: any week holding today lies within,
   * and weekSchedule keeps this week's.
   */
  trainedNear: readonly string[];
};

/** This week's sessions on their days, today's first, each done, missed or coming up. */
export function WeekSessions({ plan, weekStartsOn, today, trainedNear }: WeekSessionsProps) {
  const from = weekStart(today, weekStartsOn);
  const week = weekSchedule(plan, from, today, trainedNear, dayOfInstant(plan.createdAt));
  return (
    <section className="card" aria-labelledby="week-heading">
      <h2 id="week-heading">This week</h2>
      <ul className="plain-list week-list">
        {week.map(({ day, status, planned }) => (
          <li key={day} className={`week-day week-${status}`}>
            <span>
              <strong>{day === today ? 'Today' : formatShortDay(day)}</strong>
              {planned ? '' : ' (extra)'}: {statusLabels[status]}
            </span>
            {status === 'today' ? (
              <Link to="/plan/session" className="button button-primary">
                Start today&apos;s session
              </Link>
            ) : null}
            {status === 'missed' ? (
              <Link to={`/plan/session?day=${day}`} className="button">
                Log it late
                <span className="visually-hidden"> ({formatShortDay(day)})</span>
              </Link>
            ) : null}
            {status === 'done' ? (
              <Link to={`/plan/session?day=${day}`}>
                Sets done<span className="visually-hidden"> on {formatShortDay(day)}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

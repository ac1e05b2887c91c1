import { formatDate } from '../../ui/format';

// A report is read years later, on paper: every date in it names its year (issue 20).

/** "Wed 25 Nov 2026". */
export const reportDay = (day: string) => formatDate(day, 'day', { withYear: true });

/** "Nov 2026", for a 'YYYY-MM' month. */
export const reportMonth = (month: string) => formatDate(`${month}-01`, 'month');

/** "Wed 25 Nov 2026, 08:30". */
export const reportInstant = (instant: string) =>
  formatDate(instant, 'day-time', { withYear: true });

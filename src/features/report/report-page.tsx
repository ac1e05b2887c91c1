import { useState } from 'react';
import { addDays } from '../../domain/episodes';
import { buildClinicianReport } from '../../domain/reports';
import { useAllRecords } from '../../data/backup/all-records';
import { dayOfInstant, systemClock } from '../../data/clock';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { ReportBody } from './report-body';
import './report.css';

const periods = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 3 months' },
  { days: 365, label: 'Last 12 months' },
] as const;

/** Route /report: a one- or two-page summary to print or save as PDF for a clinician. */
export function ReportPage() {
  const records = useAllRecords();
  const [days, setDays] = useState<number>(90);
  const today = systemClock().today;
  if (!records) return <Loading label="Preparing the report…" />;
  const { tables, unreadable } = records;
  const period = { from: addDays(today, -(days - 1)), to: today };
  const report = buildClinicianReport(tables, period, today, dayOfInstant);

  return (
    <>
      <div className="no-print">
        <PageTitle>Report for your clinician</PageTitle>
        <p>
          A summary to print, or to save as a PDF from the print dialog, and take to an appointment.
        </p>
        <label htmlFor="report-period">Period</label>
        <select
          id="report-period"
          value={days}
          onChange={(event) => {
            setDays(Number(event.target.value));
          }}
        >
          {periods.map((p) => (
            <option key={p.days} value={p.days}>
              {p.label}
            </option>
          ))}
        </select>
        <p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              window.print();
            }}
          >
            Print or save as PDF
          </button>
        </p>
      </div>
      {unreadable > 0 ? (
        <p role="status">
          {unreadable === 1 ? '1 saved record' : `${String(unreadable)} saved records`} could not be
          read and {unreadable === 1 ? 'is' : 'are'} left out of this report. Nothing was deleted.
        </p>
      ) : null}
      <ReportBody report={report} />
    </>
  );
}

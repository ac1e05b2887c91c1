import { useState } from 'react';
import { checkinsCsv, episodesCsv, sessionsCsv, triggersCsv } from '../../domain/reports';
import type { BackupData } from '../../domain/backup';
import { exportBackup } from '../../data/backup/backup';
import { dayOfInstant, systemClock } from '../../data/clock';
import { saveFile } from '../../ui/save-file';

// Minutes east of UTC on this device at that instant (getTimezoneOffset counts the other way).
const deviceOffsetAt = (instant: string) => -new Date(instant).getTimezoneOffset();

const exports = [
  {
    label: 'Spasms',
    file: 'spasms',
    make: (t: BackupData) => episodesCsv(t.episodes, t.activities, deviceOffsetAt),
  },
  {
    label: 'Check-ins',
    file: 'check-ins',
    make: (t: BackupData) => checkinsCsv(t.checkins, t.activities),
  },
  {
    label: 'Exercise sessions',
    file: 'sessions',
    make: (t: BackupData) => sessionsCsv(t.sessions, t.exerciseSets),
  },
  {
    label: 'Trigger findings',
    file: 'trigger-findings',
    make: (t: BackupData) => triggersCsv(t.episodes, t.checkins, t.activities, dayOfInstant),
  },
] as const;

/** One spreadsheet-friendly CSV file per kind of record, dates in ISO 8601, times local with their offset. */
export function ExportCsv() {
  const [message, setMessage] = useState('');

  async function download(entry: (typeof exports)[number]) {
    try {
      const { tables } = await exportBackup(__APP_VERSION__);
      const name = `steadyback-${entry.file}-${systemClock().today}.csv`;
      await saveFile(new File([entry.make(tables)], name, { type: 'text/csv' }));
      setMessage(`Saved ${name}.`);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        setMessage('The file could not be made. Try again.');
      }
    }
  }

  return (
    <section className="card" aria-labelledby="csv-heading">
      <h2 id="csv-heading">Export for a spreadsheet</h2>
      <p>CSV files open in any spreadsheet. Deleted records are left out.</p>
      <p className="button-row">
        {exports.map((entry) => (
          <button
            key={entry.file}
            type="button"
            className="button"
            onClick={() => void download(entry)}
          >
            {entry.label} (CSV)
          </button>
        ))}
      </p>
      <p role="status">{message}</p>
    </section>
  );
}

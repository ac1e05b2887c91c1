import { Link } from 'react-router';
import { backupReminder } from '../../domain/backup-reminder';
import { useUnbackedEntries } from '../../data/backup-status';
import { systemClock } from '../../data/clock';
import { usePersistentStorage } from '../../data/persistent-storage';
import { useSettings } from '../../data/settings-queries';

/** Nudges the person to back up when the browser may clear the data and much is unbacked. */
export function BackupReminderCard() {
  const settings = useSettings();
  const { state } = usePersistentStorage();
  const unbacked = useUnbackedEntries(settings?.lastBackupAt);
  if (!settings || !unbacked || state === 'checking') return null;
  const message = backupReminder({
    persisted: state === 'persisted',
    unbackedEntries: unbacked.count,
    oldestUnbackedAt: unbacked.oldest,
    lastBackupAt: settings.lastBackupAt,
    now: systemClock().now,
  });
  if (!message) return null;
  return (
    <section className="card notice" aria-labelledby="backup-reminder-heading">
      <h2 id="backup-reminder-heading">Time for a backup</h2>
      <p>{message}</p>
      <p>
        <Link to="/backup" className="button button-primary">
          Back up now
        </Link>
      </p>
    </section>
  );
}

import { Link } from 'react-router';
import { backupReminder } from '../../domain/backup';
import type { UnbackedEntries } from '../../data/backup/unbacked-reads';
import { systemClock } from '../../data/clock';
import { usePersistentStorage } from '../../data/persistent-storage';

type BackupReminderCardProps = { lastBackupAt: string | undefined; unbacked: UnbackedEntries };

/**
 * Nudges the person to back up when the browser may clear the data and much is unbacked. Last on
 * Today: it waits for the browser's answer about persistence, and appearing below everything else
 * moves nothing already on screen.
 */
export function BackupReminderCard({ lastBackupAt, unbacked }: BackupReminderCardProps) {
  const { state } = usePersistentStorage();
  if (state === 'checking') return null;
  const message = backupReminder({
    persisted: state === 'persisted',
    unbackedEntries: unbacked.count,
    oldestUnbackedAt: unbacked.oldest,
    lastBackupAt,
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

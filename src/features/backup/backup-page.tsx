import { PageTitle } from '../../ui/page-title';
import { CreateBackup } from './create-backup';
import { ExportCsv } from './export-csv';
import { RestoreBackup } from './restore-backup';

/** Route /backup: everything lives on this one phone, so this is what stands between it and loss. */
export function BackupPage() {
  return (
    <>
      <PageTitle>Back up and restore</PageTitle>
      <p>
        Everything you log stays on this device. A backup is one file you keep somewhere safe (your
        files, email to yourself, a cloud drive you trust), so a lost or reset phone loses nothing.
      </p>
      <CreateBackup />
      <RestoreBackup />
      <ExportCsv />
    </>
  );
}

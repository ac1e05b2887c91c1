import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, emptyBackupData } from '../../domain/backup';
import {
  buildEpisode,
  buildSettings,
  testClock,
  withoutMeta,
} from '../../../tests/support/domain/test-builders';
import { encryptBackup } from '../../data/backup/backup-crypto';
import { exportBackup } from '../../data/backup/backup';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { RestoreBackup } from './restore-backup';

beforeEach(resetDatabase);

const tables = (episodes = [buildEpisode({ id: 'from-backup' })]) => ({
  ...emptyBackupData(),
  episodes,
  settings: [buildSettings()],
});
const fileOf = (text: string) =>
  new File([text], 'steadyback-backup.json', { type: 'application/json' });
const chooseFile = (text: string) =>
  userEvent.upload(screen.getByLabelText('Choose a backup file'), fileOf(text));

describe('restoring a backup', () => {
  it('shows what the file holds, then merges it in', async () => {
    render(<RestoreBackup />);
    await chooseFile(JSON.stringify(createBackup(tables(), '0.1.0', testClock.now)));
    expect(await screen.findByText('1 spasm')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Merge backup' }));
    expect(await screen.findByText(/Restored\. 2 records were written/)).toBeInTheDocument();
    expect(await episodeRepository.get('from-backup')).toBeDefined();
  });

  it('asks once more before replacing everything', async () => {
    await episodeRepository.add(withoutMeta(buildEpisode()), testClock);
    render(<RestoreBackup />);
    await chooseFile(JSON.stringify(createBackup(tables(), '0.1.0', testClock.now)));
    await userEvent.click(await screen.findByLabelText(/^Replace/));
    await userEvent.click(screen.getByRole('button', { name: 'Replace…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Replacing deletes 1 record on this device that the backup doesn't have (1 spasm). This cannot be undone.",
    );
    const replace = screen.getByRole('button', { name: 'Yes, replace everything' });
    expect(replace).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Yes, delete this record' }));
    await userEvent.click(replace);
    expect(await screen.findByText(/Restored/)).toBeInTheDocument();
    expect((await exportBackup('0.1.0')).tables.episodes.map((e) => e.id)).toEqual(['from-backup']);
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    render(<RestoreBackup />);
    await chooseFile('{"format":"steadyback-backup", "formatVersion": 1, "tables": {"episodes": [');
    expect(await screen.findByRole('alert')).toHaveTextContent(/not complete JSON/);
    expect((await episodeRepository.all()).records).toEqual([]);
  });

  it('opens an encrypted backup with its passphrase, and says so when it is wrong', async () => {
    const json = JSON.stringify(createBackup(tables(), '0.1.0', testClock.now));
    render(<RestoreBackup />);
    await chooseFile(JSON.stringify(await encryptBackup(json, 'sunny back')));
    await userEvent.type(await screen.findByLabelText('Passphrase'), 'rainy back');
    await userEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("passphrase doesn't open");
    await userEvent.clear(screen.getByLabelText('Passphrase'));
    await userEvent.type(screen.getByLabelText('Passphrase'), 'sunny back');
    await userEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    expect(await screen.findByText('1 spasm')).toBeInTheDocument();
  });
});

describe('refusing a backup, with the database unchanged', () => {
  it.each([
    [
      'a record dated after the export',
      [buildEpisode({ id: 'late', startedAt: '2099-01-01T08:00:00.000Z', endedAt: undefined })],
      /dated after the backup was made/,
    ],
    [
      'two records with one id',
      [buildEpisode({ id: 'twin' }), buildEpisode({ id: 'twin' })],
      /listed twice under the same id/,
    ],
  ])('refuses %s', async (_what, episodes, message) => {
    await episodeRepository.add(withoutMeta(buildEpisode({ notes: 'mine' })), testClock);
    const before = await exportBackup('0.1.0', testClock.now);
    render(<RestoreBackup />);
    await chooseFile(JSON.stringify(createBackup(tables(episodes), '0.1.0', testClock.now)));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Nothing was restored/);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(await exportBackup('0.1.0', testClock.now)).toEqual(before);
  });

  it('refuses an encrypted file naming an iteration count out of bounds, and can be cancelled', async () => {
    const json = JSON.stringify(createBackup(tables(), '0.1.0', testClock.now));
    const file = await encryptBackup(json, 'sunny back');
    render(<RestoreBackup />);
    await chooseFile(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1_000_000_000 } }));
    await userEvent.type(await screen.findByLabelText('Passphrase'), 'sunny back');
    await userEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Nothing was restored: this encrypted backup asks for 1,000,000,000 rounds/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Choose a backup file')).toBeInTheDocument();
    expect((await episodeRepository.all()).records).toEqual([]);
  });

  it('Cancel while an encrypted file opens says the restore was cancelled and changes nothing', async () => {
    const json = JSON.stringify(createBackup(tables(), '0.1.0', testClock.now));
    const file = await encryptBackup(json, 'sunny back');
    render(<RestoreBackup />);
    await chooseFile(JSON.stringify(file));
    await userEvent.type(await screen.findByLabelText('Passphrase'), 'sunny back');
    await userEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Restore cancelled, nothing changed.')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a backup file')).toBeInTheDocument();
    expect((await episodeRepository.all()).records).toEqual([]);
  }, 20_000);
});

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
import { encryptBackup } from '../../data/backup-crypto';
import { exportBackup } from '../../data/backup';
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
    expect(screen.getByRole('alert')).toHaveTextContent('cannot be undone');
    await userEvent.click(screen.getByRole('button', { name: 'Yes, replace everything' }));
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

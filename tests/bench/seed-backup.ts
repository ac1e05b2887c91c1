// `npm run seed`'s one entry point (scripts/seed.mjs loads it through Vite's module runner, so
// the app's TypeScript runs in Node): seed an empty database through the app's own data layer,
// then make the backup file with the app's own export, as More > Back up and restore does.
import { exportBackup } from '../../src/data/backup/backup';
import type { Backup } from '../../src/domain/backup/backup-format';
import type { Clock } from '../../src/domain/common/validation';
import { seedThroughRepositories, type SeedCounts } from './seed-repositories';
import type { YearsOptions } from './synthetic-years';

export async function seedBackup(
  clock: Clock,
  appVersion: string,
  options: Omit<YearsOptions, 'lastDay'> = {},
): Promise<{ counts: SeedCounts; backup: Backup }> {
  const { counts } = await seedThroughRepositories(clock, options);
  return { counts, backup: await exportBackup(appVersion, clock.now) };
}

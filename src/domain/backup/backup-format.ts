import {
  backupTableNames,
  backupTables,
  uniqueFieldOf,
  type BackupData,
  type BackupTableName,
} from './backup-tables';
import { formatCount, type Validation } from '../common';
import { duplicateIdsMessage, futureRecordsMessage, latestAllowed } from './backup-checks';
import { FORM_ERROR_KEY } from '../common';
import type { BackupReadStep } from './backup-progress';

/** Identifies a Steadyback backup file; anything else is refused before its contents are read. */
export const BACKUP_FORMAT = 'steadyback-backup';
/** Bumped when the file layout changes; older apps refuse newer files instead of guessing. */
export const BACKUP_FORMAT_VERSION = 1;
/** Ten years of heavy use is about 5 MB; anything near 50 MB is not a backup of this app. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type Backup = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: BackupData;
};

/** A backup of `tables`, stamped with the app version and the export time. */
export function createBackup(tables: BackupData, appVersion: string, now: string): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    exportedAt: now,
    tables,
  };
}

/**
 * A refusal that says plainly nothing was restored, then why: "Nothing was restored: this file is
 * empty. ..." (every refusal comes before anything is written).
 */
const refuse = (message: string): Validation<never> => ({
  ok: false,
  errors: {
    [FORM_ERROR_KEY]: message.startsWith('Nothing was restored')
      ? message
      : `Nothing was restored: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
  },
});

// Keys that could reach an object's prototype if a later step copied them carelessly.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; key?: string } {
  let forbidden: string | undefined;
  try {
    const value: unknown = JSON.parse(text, (key, val: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return val;
    });
    return forbidden === undefined ? { ok: true, value } : { ok: false, key: forbidden };
  } catch {
    return { ok: false };
  }
}

/** The first value of `field` that two records share, if any. */
function firstDuplicate(
  records: readonly unknown[],
  field: string | undefined,
): string | undefined {
  if (field === undefined) return undefined;
  const seen = new Set<string>();
  for (const record of records) {
    const value = String((record as Record<string, unknown>)[field]);
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup file's text. Invariant: `ok` only when every record of every table passes its
 * schema; otherwise one message names what is wrong (and where), so nothing is ever half-restored.
 */
export function parseBackup(text: string, byteLength: number, now: string): Validation<Backup> {
  const steps = parseBackupSteps(text, byteLength, now);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Records checked between two progress steps: the bar moves on a big file, and cheaply. */
const CHECK_STEP = 2_000;

/**
 * parseBackup one step at a time: yields after reading the JSON, then every few thousand records
 * checked, so a caller can show progress and let the page paint in between; returns its result.
 */
export function* parseBackupSteps(
  text: string,
  byteLength: number,
  now: string,
): Generator<BackupReadStep, Validation<Backup>, void> {
  if (byteLength > MAX_BACKUP_BYTES) {
    return refuse(
      'This file is over 50 MB, far larger than any Steadyback backup. Choose the backup file you saved.',
    );
  }
  if (text.trim() === '') return refuse('This file is empty. Choose the backup file you saved.');
  const json = parseJson(text);
  if (!json.ok) {
    return refuse(
      json.key === undefined
        ? "This file isn't a readable backup: it is not complete JSON (it may have been cut short while copying)."
        : `This file contains a field named "${json.key}", which a Steadyback backup never has. It was not restored.`,
    );
  }
  const file = json.value;
  yield { phase: 'reading', done: 1, total: 1 };
  if (!isObject(file) || file.format !== BACKUP_FORMAT) {
    return refuse(
      "This file isn't a Steadyback backup. Choose a file whose name starts with “steadyback-backup”.",
    );
  }
  const { formatVersion } = file;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refuse(
      `Nothing was restored: this file's format version (${formatVersion === undefined ? 'missing' : JSON.stringify(formatVersion)}) is not a valid version number, so it is not a backup this app made; it may have been edited by hand or damaged.`,
    );
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse(
      'This backup was made by a newer version of Steadyback. Update the app (reload it online), then restore again.',
    );
  }
  const fileTables = file.tables;
  if (!isObject(fileTables))
    return refuse('This backup has no records section; it may be damaged.');
  const tables: Partial<Record<string, unknown[]>> = {};
  const listed = backupTableNames.map((name) => fileTables[name] ?? []);
  const total = listed.reduce<number>(
    (sum, rows) => sum + (Array.isArray(rows) ? rows.length : 0),
    0,
  );
  let done = 0;
  yield { phase: 'checking', done, total };
  for (const [at, name] of backupTableNames.entries()) {
    const rows = listed[at];
    const { many, one, schema } = backupTables[name];
    if (!Array.isArray(rows)) return refuse(`The ${many} in this backup are damaged (not a list).`);
    const records: unknown[] = [];
    for (const [index, row] of rows.entries()) {
      done += 1;
      if (done % CHECK_STEP === 0) yield { phase: 'checking', done, total };
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'it is not in the expected format';
        return refuse(
          `The backup's ${one} number ${formatCount(index + 1)} is not valid: ${message}.`,
        );
      }
      records.push(parsed.data);
    }
    const duplicate = firstDuplicate(records, uniqueFieldOf(name));
    if (duplicate !== undefined) {
      return refuse(
        `This backup has two ${many} for ${duplicate}, which the app never makes; it may have been edited by hand.`,
      );
    }
    tables[name] = records;
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : undefined;
  const checked = tables as Record<BackupTableName, unknown[]>;
  const whole =
    duplicateIdsMessage(checked) ?? futureRecordsMessage(checked, latestAllowed(exportedAt, now));
  if (whole !== undefined) return refuse(whole);
  yield { phase: 'checking', done: total, total };
  return {
    ok: true,
    value: {
      format: BACKUP_FORMAT,
      formatVersion,
      appVersion: typeof file.appVersion === 'string' ? file.appVersion : 'unknown',
      exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
      tables: tables as BackupData,
    },
  };
}

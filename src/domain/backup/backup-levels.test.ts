// Backups made before schema version 6 copied each exercise's rung number into plans and sets:
// they still restore, the number dropped, since the exercise id is the only stored identity
// (docs/architecture.md §3, stored shapes). New backups never hold it.
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from './backup-format';
import { emptyBackupData } from './backup-tables';
import {
  buildExerciseSet,
  buildPlan,
  testClock,
} from '../../../tests/support/domain/test-builders';

const plan = buildPlan();
const set = buildExerciseSet();
const tables = { ...emptyBackupData(), plans: [plan], exerciseSets: [set] };

describe('backups and stored rung numbers', () => {
  it('restores an older backup whose plans and sets carry a level, without it', () => {
    const old = createBackup(tables, '0.9.0', testClock.now);
    const withLevels = {
      ...old,
      tables: {
        ...old.tables,
        plans: [{ ...plan, exercises: plan.exercises.map((e, i) => ({ ...e, level: i })) }],
        exerciseSets: [{ ...set, level: 1 }],
      },
    };
    const text = JSON.stringify(withLevels);
    const read = parseBackup(text, text.length, testClock.now);
    expect(read.ok && read.value.tables.plans).toEqual([plan]);
    expect(read.ok && read.value.tables.exerciseSets).toEqual([set]);
  });

  it('exports plans and sets without a level', () => {
    expect(JSON.stringify(createBackup(tables, '1.0.0', testClock.now))).not.toContain('"level"');
  });
});

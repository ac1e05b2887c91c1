// Budget (DESIGN.md): the whole trigger analysis over 10 years of data <= 20 ms in Node.
// Vitest 5 benchmarks run inside a test through its `bench` fixture.
import { expect, test } from 'vitest';
import { analysePatterns } from '../../src/domain/patterns';
import { syntheticDiary, utcDay, utcHour, utcWeekday } from './synthetic-diary';

const BUDGET_MS = 20;
const diary = syntheticDiary({ seed: 2026, days: 3650, episodes: 1000 });

test('Patterns over 10 years (3,650 check-ins, 1,000 spasms) within 20 ms', async ({ bench }) => {
  const result = await bench('analysePatterns: triggers, recurrence, timing, weekly series', () => {
    analysePatterns({
      ...diary,
      today: '2026-11-25',
      weekStartsOn: 1,
      dayOf: utcDay,
      hourOf: utcHour,
      weekdayOf: utcWeekday,
    });
  }).run();
  const { mean, p99 } = result.latency;
  console.log(
    `analysePatterns over 10 years: mean ${mean.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`,
  );
  expect(mean).toBeLessThanOrEqual(BUDGET_MS);
});

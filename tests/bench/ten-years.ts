// The ten years every benchmark runs over: the same synthetic person `npm run seed` writes, ending
// on a fixed day so every run sees the same records.
import { syntheticYears } from './synthetic-years';

export const BENCH_LAST_DAY = '2026-11-25';
export const tenYears = syntheticYears({ lastDay: BENCH_LAST_DAY, seed: 2026 });

// The domain half of `npm run bench`: the trigger, recurrence, Patterns and weekly-review analyses
// over ten years of synthetic data (tests/bench/domain-cases.ts), bundled by Vite into one file
// as the app ships them and timed in plain Node. Budget (docs/performance.md): 20 ms each in Node, judged
// by the median because a few slow samples on a busy 2-core machine move the mean a lot.
//
//   node scripts/bench-domain.mjs [--report-only]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';

const BUDGET_MS = 20;
const WARMUP_RUNS = 10;
const MIN_SAMPLES = 50;
const MIN_TIME_MS = 2000;
const { values } = parseArgs({ options: { 'report-only': { type: 'boolean', default: false } } });

const outDir = mkdtempSync(join(tmpdir(), 'steadyback-bench-domain-'));
try {
  await build({
    configFile: false,
    logLevel: 'error',
    // Everything in the one file, packages too, as in the app's own chunks.
    ssr: { noExternal: true },
    build: {
      ssr: resolve('tests/bench/domain-cases.ts'),
      outDir,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'domain-cases.mjs' } },
    },
  });
  const started = performance.now();
  const { cases } = await import(pathToFileURL(join(outDir, 'domain-cases.mjs')).href);
  console.log(`Ten years generated in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  const rows = cases.map(({ name, run }) => {
    // The first run, before V8 has optimised anything: what a cold open of the app pays.
    const t0 = performance.now();
    run();
    const first = performance.now() - t0;
    for (let i = 1; i < WARMUP_RUNS; i++) run();
    const samples = [];
    const begin = performance.now();
    while (samples.length < MIN_SAMPLES || performance.now() - begin < MIN_TIME_MS) {
      const t0 = performance.now();
      run();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    return {
      name,
      runs: samples.length,
      first,
      min: samples[0],
      median: at(0.5),
      mean,
      p99: at(0.99),
    };
  });

  const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
  console.log(
    `\n${'analysis'.padEnd(64)} ${'runs'.padStart(5)} ${'first'.padStart(10)} ${'min'.padStart(10)} ${'median'.padStart(10)} ${'mean'.padStart(10)} ${'p99'.padStart(10)}  budget ${BUDGET_MS} ms`,
  );
  for (const r of rows) {
    const verdict = r.median <= BUDGET_MS ? 'PASS' : 'OVER';
    console.log(
      `${r.name.padEnd(64)} ${String(r.runs).padStart(5)} ${ms(r.first)} ${ms(r.min)} ${ms(r.median)} ${ms(r.mean)} ${ms(r.p99)}  ${verdict}`,
    );
  }
  console.log(`(load average ${loadavg()[0].toFixed(1)})`);
  const over = rows.filter((r) => r.median > BUDGET_MS);
  if (over.length > 0 && !values['report-only']) {
    console.error(`Over the ${BUDGET_MS} ms budget: ${over.map((r) => r.name).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

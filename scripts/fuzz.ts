/**
 * `npm run fuzz [-- RUNS_FACTOR [SEED]]`: the property tests of test/properties/ as a long search
 * with a fresh random seed (or the one given, to replay a failure), each property run RUNS_FACTOR
 * (default 200) times as often as in `npm test`. Prints every counterexample; exit 1 when any.
 */
import { properties } from '../test/properties/hostile-properties';

const factor = Number(process.argv[2] ?? 200);
const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : Math.floor(Math.random() * 2 ** 31);

let failed = 0;
for (const { name, runs, check } of properties) {
  const numRuns = Math.max(1, Math.round(runs * factor));
  const started = Date.now();
  const report = check({ seed, numRuns });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (report === null) {
    console.log(`ok    ${name} (${numRuns} cases, seed ${seed}, ${seconds} s)`);
  } else {
    failed += 1;
    console.log(`FAIL  ${name} (seed ${seed})\n${report}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

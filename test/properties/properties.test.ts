/** The property tests with a fixed seed: the same few thousand generated cases on every run (see hostile-properties.ts). */
import { properties } from './hostile-properties';

const seed = 20_261_201;

test.each(properties.map((p) => [p.name, p] as const))(
  '%s',
  (_name, { check, runs }) => {
    // On failure the message is fast-check's report: the seed, the path and the smallest counterexample.
    expect(check({ seed, numRuns: runs })).toBeNull();
  },
  300_000,
);

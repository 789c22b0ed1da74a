/**
 * How many cases a fuzz property runs, and from which seed. `npm test` uses a fixed seed so CI gives
 * the same answer every time (a red build must mean a change broke something, not bad luck);
 * `npm run fuzz` (FUZZ_RUNS=5000) draws a new seed each run to explore, and fast-check prints the
 * seed and path of any failure, so FUZZ_SEED=<seed> FUZZ_RUNS=… replays it.
 */
const runs = process.env.FUZZ_RUNS;
const seed = process.env.FUZZ_SEED;

/** `defaultRuns` in `npm test`; `share` of FUZZ_RUNS (at least 5) when it is set. */
export function fuzzOptions(defaultRuns: number, share = 1): { numRuns: number; seed?: number } {
  const numRuns = runs ? Math.max(5, Math.round(Number(runs) * share)) : defaultRuns;
  if (seed) return { numRuns, seed: Number(seed) };
  return runs ? { numRuns } : { numRuns, seed: 20261123 };
}

import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Cascade } from '../../src/load/cascade.js';
import { bundled } from '../docx/seeds.js';
import { giaLai } from '../figures/context.js';
import { smallRegistry } from '../import/small-registry.js';
import { deadlineTarget, figuresTarget, importTarget, scratch, yamlTarget, type FuzzTarget } from './targets.js';

// A few hundred cases per target on every `npm test`: no exception escapes, every finding has a
// place. `npm run fuzz` runs the same targets at 10,000 cases each and measures time per KB.
const RUNS = Number(process.env['CASCADE_FUZZ_RUNS'] ?? 200);
const SEED = Number(process.env['CASCADE_FUZZ_SEED'] ?? Date.now() % 1_000_000);
console.log(`fuzz seed: ${SEED} (set CASCADE_FUZZ_SEED=${SEED} to repeat)`);

let cascade: Cascade;
const work = scratch();
beforeAll(async () => ({ cascade } = await bundled()));
afterAll(() => work.dispose());

/** Gia Lai's units only: the matcher is built per file, and the country's 4,000 agencies would dominate the run. */
export function figuresContext(cascade: Cascade): ReturnType<typeof giaLai> {
  const ctx = giaLai(cascade, { today: '2026-07-15' });
  return { ...ctx, agencies: ctx.agencies.filter((a) => a.province === 'gia-lai') };
}

async function check(target: FuzzTarget, runs = RUNS): Promise<void> {
  await fc.assert(
    fc.asyncProperty(target.input, async (bytes) => {
      await target.run(bytes);
    }),
    { numRuns: runs, seed: SEED },
  );
}

describe('fuzz: nothing escapes, every finding has a place', () => {
  it('the YAML loader', () => check(yamlTarget(work.dir)));
  it('the deadline parser', () => check(deadlineTarget()));
  // The importer is the slowest target (some 100 ms a case on a shared machine): fewer cases here, 10,000 in `npm run fuzz`.
  it('the importer', () => check(importTarget(smallRegistry()), Math.max(20, Math.floor(RUNS / 4))));
  it('the figures reader', () => check(figuresTarget(work.dir, figuresContext(cascade))));
});

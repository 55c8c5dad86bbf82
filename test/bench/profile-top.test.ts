import { describe, expect, it } from 'vitest';
import { formatTop, topFunctions } from './profile-top.js';

const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });

describe('the top of a CPU profile', () => {
  // root → a (engine.js) → b (schemas.js); a second node of b through another path.
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '', -1) },
      { id: 2, callFrame: frame('runChecks', 'file:///x/dist/src/check/engine.js', 4) },
      { id: 3, callFrame: frame('parse', 'file:///x/node_modules/zod/v4/core/schemas.js', 1198) },
      { id: 4, callFrame: frame('parse', 'file:///x/node_modules/zod/v4/core/schemas.js', 1198) },
    ],
    samples: [2, 3, 3, 4, 2, 1],
    timeDeltas: [1000, 2000, 2000, 1000, 3000, 1000],
  };

  it('sums self time per function, the largest first, with its share', () => {
    const { totalMs, top } = topFunctions(profile, 2);
    expect(totalMs).toBe(10);
    expect(top).toEqual([
      { name: 'parse', where: 'zod/v4/core/schemas.js:1199', selfMs: 5, share: 0.5 },
      { name: 'runChecks', where: 'src/check/engine.js:5', selfMs: 4, share: 0.4 },
    ]);
  });

  it('prints one line per function', () => {
    const lines = formatTop('top', topFunctions(profile, 1));
    expect(lines).toEqual(['top (0.01 s sampled; self time)', '       5 ms  50.0 %  parse  zod/v4/core/schemas.js:1199']);
  });
});

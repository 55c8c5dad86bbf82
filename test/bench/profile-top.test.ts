import { describe, expect, it } from 'vitest';
import { formatTop, inclusiveTop, topFunctions } from './profile-top.js';

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

  // root → runChecks → rule → helper → helper (recursion), and root → load; with their links.
  const tree = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '', -1), children: [2, 6] },
      { id: 2, callFrame: frame('runChecks', 'file:///x/dist/src/check/engine.js', 4), children: [3] },
      { id: 3, callFrame: frame('check', 'file:///x/dist/src/check/rules/document-missing.js', 58), children: [4] },
      { id: 4, callFrame: frame('addresseesOf', 'file:///x/dist/src/check/addressees.js', 9), children: [5] },
      { id: 5, callFrame: frame('addresseesOf', 'file:///x/dist/src/check/addressees.js', 9), children: [] },
      { id: 6, callFrame: frame('load', 'file:///x/node_modules/js-yaml/dist/js-yaml.mjs', 10), children: [] },
    ],
    samples: [2, 3, 4, 5, 5, 6, 1],
    timeDeltas: [1000, 1000, 1000, 2000, 1000, 3000, 1000],
  };

  it('sums inclusive time per function over the stacks it is on, recursion counted once', () => {
    expect(inclusiveTop(tree, 3, /^src\//)).toEqual([
      { name: 'runChecks', where: 'src/check/engine.js:5', totalMs: 6, share: 0.6 },
      { name: 'check', where: 'src/check/rules/document-missing.js:59', totalMs: 5, share: 0.5 },
      { name: 'addresseesOf', where: 'src/check/addressees.js:10', totalMs: 4, share: 0.4 },
    ]);
  });

  it('prints the inclusive top after the self-time top', () => {
    const lines = formatTop('top', { ...topFunctions(tree, 1), inclusive: inclusiveTop(tree, 1, /^src\//) });
    expect(lines).toEqual([
      'top (0.01 s sampled; self time)',
      '       4 ms  40.0 %  addresseesOf  src/check/addressees.js:10',
      "the project's own functions, time including what they call:",
      '       6 ms  60.0 %  runChecks  src/check/engine.js:5',
    ]);
  });
});
